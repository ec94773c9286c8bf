package org.permitdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.ClassDataSharing.Decision;
import org.permitdesk.platform.ClassDataSharing.InProcess;
import org.permitdesk.platform.ClassDataSharing.Relaunch;

class ClassDataSharingTest {

    private static final String RUNTIME = "17.0.15+6 /usr/lib/jvm/java-17";
    private static final long STARTED_AT = 1_764_400_000_000L;

    @TempDir
    Path folder;

    private AppHome home;
    private Path jar;
    private Path library;
    private Path java;

    @BeforeEach
    void files() throws IOException {
        home = new AppHome(folder.resolve("home"));
        jar = Files.writeString(folder.resolve("permitdesk.jar"), "jar");
        library = Files.writeString(folder.resolve("h2.jar"), "library");
        java = Files.writeString(folder.resolve("java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
    }

    @Test
    void theFirstDesktopStartRelaunchesWithTheSameOptionsAndRecordsAnArchiveForTheNextStart() {
        Relaunch relaunch = assertInstanceOf(Relaunch.class, decide(Map.of(),
                jvm(List.of("-Xmx256m", "-Dpermitdesk.startupBenchmark=true"))));

        Path archive = home.cacheFolder().resolve(relaunch.archive().getFileName());
        assertEquals(archive, relaunch.archive());
        assertEquals(archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".recording"),
                relaunch.recording());
        assertEquals(List.of(java.toString(), "-Xmx256m", "-Dpermitdesk.startupBenchmark=true",
                "-Dpermitdesk.launchedAt=" + STARTED_AT, "-XX:ArchiveClassesAtExit=" + relaunch.recording(),
                "-Xlog:cds=off,cds+dynamic=off", "-XX:TieredStopAtLevel=1",
                "-XX:ErrorFile=" + home.logFolder().resolve("hs_err_pid%p.log"), "-jar", jar.toString()),
                relaunch.command());
    }

    @Test
    void laterStartsUseTheArchive() throws IOException {
        Path archive = home.cacheFolder().resolve(ClassDataSharing.archiveName(List.of(jar, library), RUNTIME));
        writeArchive(archive);

        Relaunch relaunch = assertInstanceOf(Relaunch.class, decide(Map.of(), jvm(List.of())));

        assertEquals(archive, relaunch.archive());
        assertNull(relaunch.recording());
        assertTrue(relaunch.command().contains("-XX:SharedArchiveFile=" + archive), relaunch.command().toString());
        assertFalse(relaunch.command().stream().anyMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit")));
    }

    @Test
    void aFileThatIsNoArchiveIsDeletedAndRecordedAnew() throws IOException {
        Path archive = home.cacheFolder().resolve(ClassDataSharing.archiveName(List.of(jar, library), RUNTIME));
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "not an archive at all");

        Relaunch relaunch = assertInstanceOf(Relaunch.class, decide(Map.of(), jvm(List.of())));

        assertFalse(Files.exists(archive));
        assertTrue(relaunch.command().contains("-XX:ArchiveClassesAtExit=" + relaunch.recording()));
    }

    @Test
    void startedWithAClassPathItRelaunchesTheSameMainClassAndKeepsTheUsersErrorFile() {
        CurrentJvm jvm = new CurrentJvm(Optional.of(java), List.of("-XX:ErrorFile=/tmp/crash.log"), Optional.of(jar),
                false, List.of(jar, library), jar + ":" + library, "org.permitdesk.Launcher", RUNTIME, STARTED_AT,
                Optional.empty());

        List<String> command = assertInstanceOf(Relaunch.class, decide(Map.of(), jvm)).command();

        assertEquals(List.of("-cp", jar + ":" + library, "org.permitdesk.Launcher"),
                command.subList(command.size() - 3, command.size()));
        assertEquals(1, command.stream().filter(arg -> arg.startsWith("-XX:ErrorFile=")).count());
    }

    @Test
    void aJitChoiceOfTheUserIsKept() {
        List<String> command = assertInstanceOf(Relaunch.class, decide(Map.of(),
                jvm(List.of("-XX:TieredStopAtLevel=4")))).command();

        assertEquals(1, command.stream().filter(arg -> arg.startsWith("-XX:TieredStopAtLevel")).count());
        assertTrue(command.contains("-XX:TieredStopAtLevel=4"));
    }

    @Test
    void theOffSwitchStartsInThisJvm() {
        assertEquals(new InProcess("PERMITDESK_CDS=off"), decide(Map.of("PERMITDESK_CDS", "off"), jvm(List.of())));
        assertInstanceOf(InProcess.class, decide(Map.of("PERMITDESK_CDS", "OFF "), jvm(List.of())));
        assertInstanceOf(Relaunch.class, decide(Map.of("PERMITDESK_CDS", "on"), jvm(List.of())));
    }

    @Test
    void theRelaunchedJvmAndOnesStartedWithCdsOptionsOrADebuggerStartInThemselves() {
        CurrentJvm relaunched = new CurrentJvm(Optional.of(java), List.of("-XX:SharedArchiveFile=/a.jsa"),
                Optional.of(jar), true, List.of(jar), jar.toString(), "org.permitdesk.Launcher", RUNTIME,
                STARTED_AT + 150, Optional.of(STARTED_AT));
        InProcess inRelaunched = assertInstanceOf(InProcess.class, decide(Map.of(), relaunched));
        assertTrue(inRelaunched.reason().contains("150 ms after the launch"), inRelaunched.reason());

        for (String option : List.of("-XX:SharedArchiveFile=/a.jsa", "-XX:ArchiveClassesAtExit=/b.jsa", "-Xshare:off",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/opt/profiler.jar")) {
            assertInstanceOf(InProcess.class, decide(Map.of(), jvm(List.of(option))), option);
        }
    }

    @Test
    void withoutAJarOrAJavaExecutableOrAWritableCacheFolderItStartsInThisJvm() throws IOException {
        CurrentJvm fromClassesFolder = new CurrentJvm(Optional.of(java), List.of(), Optional.empty(), false,
                List.of(folder), folder.toString(), "org.permitdesk.Launcher", RUNTIME, STARTED_AT, Optional.empty());
        assertEquals(new InProcess("not started from a JAR"), decide(Map.of(), fromClassesFolder));

        CurrentJvm folderOnClassPath = new CurrentJvm(Optional.of(java), List.of(), Optional.of(jar), false,
                List.of(jar, folder), jar + ":" + folder, "org.permitdesk.Launcher", RUNTIME, STARTED_AT,
                Optional.empty());
        assertInstanceOf(InProcess.class, decide(Map.of(), folderOnClassPath));

        CurrentJvm noJava = new CurrentJvm(Optional.empty(), List.of(), Optional.of(jar), true, List.of(jar),
                jar.toString(), "org.permitdesk.Launcher", RUNTIME, STARTED_AT, Optional.empty());
        assertEquals(new InProcess("no java executable found to relaunch with"), decide(Map.of(), noJava));

        Files.createDirectories(home.folder());
        Files.writeString(home.cacheFolder(), "a file where the cache folder should be");
        InProcess noCache = assertInstanceOf(InProcess.class, decide(Map.of(), jvm(List.of())));
        assertTrue(noCache.reason().startsWith("cannot use the cache folder"), noCache.reason());
    }

    @Test
    void theArchiveIsNamedAfterTheJarsAndTheJava() throws IOException {
        String name = ClassDataSharing.archiveName(List.of(jar, library), RUNTIME);
        assertTrue(name.matches("permitdesk-[0-9a-f]{8}\\.jsa"), name);
        assertEquals(name, ClassDataSharing.archiveName(List.of(jar, library), RUNTIME));

        assertNotEquals(name, ClassDataSharing.archiveName(List.of(jar, library), "21.0.5+11 /usr/lib/jvm/java-21"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        String rebuilt = ClassDataSharing.archiveName(List.of(jar, library), RUNTIME);
        assertNotEquals(name, rebuilt);
        Files.writeString(library, "a newer library");
        assertNotEquals(rebuilt, ClassDataSharing.archiveName(List.of(jar, library), RUNTIME));
    }

    @Test
    void theJavaExecutableIsTheRunningOneOrTheOneInJavaHome() throws IOException {
        assertEquals(Optional.of(java), ClassDataSharing.javaExecutable(Optional.of(java.toString()), null));

        Path javaHome = folder.resolve("runtime");
        Path inHome = Files.writeString(Files.createDirectories(javaHome.resolve("bin")).resolve("java"), "");
        inHome.toFile().setExecutable(true);
        Path nativeLauncher = Files.writeString(folder.resolve("PermitDesk"), "");
        nativeLauncher.toFile().setExecutable(true);
        assertEquals(Optional.of(inHome),
                ClassDataSharing.javaExecutable(Optional.of(nativeLauncher.toString()), javaHome.toString()));
        assertEquals(Optional.empty(),
                ClassDataSharing.javaExecutable(Optional.of(nativeLauncher.toString()), folder.toString()));
    }

    @Test
    void aRealJvmRecordsTheArchiveOnItsFirstRunUsesItLaterAndPassesItsExitCodeOn() throws IOException {
        Path appJar = jarOf(ExitWith.class);
        Optional<Path> realJava = ClassDataSharing.javaExecutable(ProcessHandle.current().info().command(),
                System.getProperty("java.home"));
        CurrentJvm jvm = new CurrentJvm(realJava, List.of("-Xshare:auto"), Optional.of(appJar), false,
                List.of(appJar), appJar.toString(), ExitWith.class.getName(), RUNTIME, STARTED_AT, Optional.empty());
        Relaunch recording = assertInstanceOf(Relaunch.class, decide(Map.of(), jvm));

        assertEquals(OptionalInt.of(0), RelaunchedDesktop.run(withArgument(recording, "0"), Redirect.DISCARD));
        assertTrue(ClassDataSharing.looksLikeAnArchive(recording.archive()));
        assertFalse(Files.exists(recording.recording()));

        Relaunch using = assertInstanceOf(Relaunch.class, decide(Map.of(), jvm));
        assertNull(using.recording());
        assertEquals(OptionalInt.of(3), RelaunchedDesktop.run(withArgument(using, "3"), Redirect.DISCARD));
        assertTrue(Files.exists(using.archive()));

        // JDK 17 dies (SIGBUS) on a truncated archive: the archive goes, and the app starts in this JVM instead.
        byte[] whole = Files.readAllBytes(using.archive());
        Files.delete(using.archive());
        Files.write(using.archive(), Arrays.copyOf(whole, whole.length / 4));
        assertEquals(OptionalInt.empty(), RelaunchedDesktop.run(withArgument(using, "0"), Redirect.DISCARD));
        assertFalse(Files.exists(using.archive()));
    }

    private Decision decide(Map<String, String> env, CurrentJvm jvm) {
        return ClassDataSharing.decide(env, jvm, home);
    }

    private CurrentJvm jvm(List<String> inputArguments) {
        return new CurrentJvm(Optional.of(java), inputArguments, Optional.of(jar), true, List.of(jar, library),
                jar.toString(), "org.permitdesk.Launcher", RUNTIME, STARTED_AT, Optional.empty());
    }

    private static void writeArchive(Path archive) throws IOException {
        Files.createDirectories(archive.getParent());
        // The JDK's dynamic archive magic 0xf00baba8, little-endian as on x86 and ARM.
        Files.write(archive, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 0, 0, 0, 0});
    }

    private static Relaunch withArgument(Relaunch relaunch, String argument) {
        List<String> command = new ArrayList<>(relaunch.command());
        command.add(argument);
        return new Relaunch(command, relaunch.archive(), relaunch.recording());
    }

    private Path jarOf(Class<?> main) throws IOException {
        Path appJar = folder.resolve("exit-with.jar");
        String entry = main.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(appJar); JarOutputStream jarOut = new JarOutputStream(out);
             InputStream classFile = main.getClassLoader().getResourceAsStream(entry)) {
            jarOut.putNextEntry(new JarEntry(entry));
            classFile.transferTo(jarOut);
            jarOut.closeEntry();
        }
        return appJar;
    }

    /** The smallest app to relaunch: exits with the code it is given. */
    public static final class ExitWith {
        public static void main(String[] args) {
            System.exit(Integer.parseInt(args[0]));
        }
    }
}
