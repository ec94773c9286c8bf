package org.permitdesk.platform;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What {@link ClassDataSharing} needs to know about the running JVM, read once so that its decisions can be tested.
 *
 * @param java           the java executable, if one was found
 * @param inputArguments the JVM options it was started with (including those from {@code JDK_JAVA_OPTIONS} and
 *                       {@code JAVA_TOOL_OPTIONS})
 * @param jar            the JAR that holds the main class, if it runs from one
 * @param startedWithJar started with {@code -jar}, not with a class path and a main class
 * @param classPathJars  what an archive depends on: the app's JAR or the {@code -cp} entries, then the class path
 *                       that the app JAR's manifest names
 * @param classPath      {@code java.class.path} as given
 * @param mainClass      the class whose {@code main} to run
 * @param runtime        the Java version and home, part of the archive's name
 * @param startedAt      epoch millis when this JVM started
 * @param launchedAt     {@link ClassDataSharing#LAUNCHED_AT} when this JVM is the relaunched one
 */
record CurrentJvm(Optional<Path> java, List<String> inputArguments, Optional<Path> jar, boolean startedWithJar,
                  List<Path> classPathJars, String classPath, String mainClass, String runtime, long startedAt,
                  Optional<Long> launchedAt) {

    static CurrentJvm read(Class<?> mainClass) {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        String classPath = System.getProperty("java.class.path", "");
        String javaCommand = System.getProperty("sun.java.command", "");
        Optional<Path> jar = jarOf(mainClass);
        boolean withJar = jar.isPresent() && classPath.endsWith(".jar")
                && (javaCommand.equals(classPath) || javaCommand.startsWith(classPath + " "));
        return new CurrentJvm(
                ClassDataSharing.javaExecutable(ProcessHandle.current().info().command(), System.getProperty("java.home")),
                List.copyOf(runtime.getInputArguments()), jar, withJar, classPathJars(jar, withJar, classPath),
                classPath, mainClass.getName(),
                System.getProperty("java.vm.version") + " " + System.getProperty("java.home"),
                runtime.getStartTime(), Optional.ofNullable(Long.getLong(ClassDataSharing.LAUNCHED_AT)));
    }

    private static Optional<Path> jarOf(Class<?> mainClass) {
        CodeSource source = mainClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Path> classPathJars(Optional<Path> jar, boolean withJar, String classPath) {
        List<Path> jars = new ArrayList<>();
        if (withJar) {
            jars.add(jar.get());
        } else {
            for (String entry : classPath.split(File.pathSeparator)) {
                jars.add(Path.of(entry.isEmpty() ? "." : entry).toAbsolutePath());
            }
        }
        jar.ifPresent(appJar -> jars.addAll(manifestClassPath(appJar)));
        return List.copyOf(jars);
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String entries = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            List<Path> paths = new ArrayList<>();
            for (String entry : entries == null ? new String[0] : entries.trim().split("\\s+")) {
                if (!entry.isEmpty()) {
                    paths.add(Path.of(jar.getParent().toUri().resolve(entry)));
                }
            }
            return paths;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }
}
