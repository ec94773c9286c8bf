/**
 * Deliberately broken classes: each one breaks one architecture rule, and
 * {@code org.permitdesk.architecture.ArchitectureRulesBiteTest} shows the rule reports it. Never used by the app;
 * the real {@code ArchitectureTest} imports main classes only, so these are not checked as application code.
 * Root {@code org.permitdesk.archfixture} plays the composition root; {@code shop} is a feature nobody listed.
 */
package org.permitdesk.archfixture;
