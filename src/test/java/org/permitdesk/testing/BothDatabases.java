package org.permitdesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Runs each {@link DatabaseTest} once per database kind, sharing one database per kind per test class. */
final class BothDatabases implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        String only = System.getProperty("permitdesk.test.databases", "h2,postgres");
        List<TestTemplateInvocationContext> contexts = new ArrayList<>();
        if (only.contains("h2")) {
            contexts.add(invocation(TestDb.Kind.H2));
        }
        if (only.contains("postgres")) {
            contexts.add(invocation(TestDb.Kind.POSTGRES));
        }
        return contexts.stream();
    }

    private static TestTemplateInvocationContext invocation(TestDb.Kind kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return kind == TestDb.Kind.H2 ? "[H2]" : "[PostgreSQL]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new PostgresCondition(kind), new Resolver(kind));
            }
        };
    }

    private record PostgresCondition(TestDb.Kind kind) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (kind == TestDb.Kind.POSTGRES && !TestDb.postgresRequired() && !TestDb.postgresReachable()) {
                return ConditionEvaluationResult.disabled("PostgreSQL is not reachable (and CI is not set)");
            }
            return ConditionEvaluationResult.enabled("database available or required");
        }
    }

    private record Resolver(TestDb.Kind kind) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDb.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext classContext = context;
            while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
                classContext = classContext.getParent().get();
            }
            return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(kind, key -> TestDb.create(kind), TestDb.class);
        }
    }
}
