package org.permitdesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.zip.CRC32;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop app fast with a class data sharing archive (AppCDS; decision record 0005): the JVM that
 * the person started relaunches the app in a second JVM with {@code -XX:SharedArchiveFile=} when the archive
 * for this class path and this Java exists in {@code cache/} of the data folder, or with
 * {@code -XX:ArchiveClassesAtExit=} the first time, so that the next start maps the classes instead of loading
 * them. The first JVM waits for the second and exits with its exit code. {@code PERMITDESK_CDS=off} turns this
 * off; anything that prevents the relaunch starts the app in this JVM, with a line in the log only.
 *
 * <p>On the way to the relaunch nothing here touches logging, so the first JVM stays small and quick.
 */
public final class ClassDataSharing {

    /** System property: epoch millis when the JVM that the person started began; start-up milestones count from it. */
    public static final String LAUNCHED_AT = "permitdesk.launchedAt";
    /** Environment variable: {@code off} starts the desktop app in the JVM that was started, without an archive. */
    public static final String SWITCH = "PERMITDESK_CDS";

    /** First four bytes of a JDK dynamic archive ({@code CDS_DYNAMIC_ARCHIVE_MAGIC}). */
    private static final int DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;
    private static final Set<String> JAVA_LAUNCHERS = Set.of("java", "java.exe", "javaw.exe");
    private static final List<String> CDS_OPTIONS = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-Xshare:off", "-Xshare:dump", "-XX:DumpLoadedClassList", "-XX:SharedClassListFile");
    private static final List<String> AGENT_OPTIONS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp",
            "-Xdebug");

    private ClassDataSharing() {
    }

    /**
     * For the desktop start without arguments: runs the app in a second JVM with the archive and returns its
     * exit code, or returns empty when the app should start in this JVM (switched off, already relaunched,
     * not started from JARs, or the relaunch failed — the reason goes to the log, never to the person).
     */
    public static OptionalInt relaunchDesktop(AppHome home, Class<?> mainClass) {
        Decision decision;
        try {
            decision = decide(System.getenv(), CurrentJvm.read(mainClass), home);
        } catch (RuntimeException e) {
            decision = new InProcess("could not prepare the relaunch: " + e);
        }
        if (decision instanceof Relaunch relaunch) {
            return RelaunchedDesktop.run(relaunch);
        }
        LoggerFactory.getLogger(ClassDataSharing.class).info("Desktop starts in this JVM: {}",
                ((InProcess) decision).reason());
        return OptionalInt.empty();
    }

    /** Epoch millis of the launch: the first JVM's start when relaunched, otherwise this JVM's start. */
    public static long launchedAt() {
        Long relaunched = Long.getLong(LAUNCHED_AT);
        return relaunched != null ? relaunched : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Whether to relaunch, and with which command line. Reads the JARs' and the archive's files, starts nothing. */
    static Decision decide(Map<String, String> env, CurrentJvm jvm, AppHome home) {
        Optional<String> reason = reasonToStayInProcess(env, jvm);
        if (reason.isPresent()) {
            return new InProcess(reason.get());
        }
        Path cache = home.cacheFolder();
        try {
            Files.createDirectories(cache);
            if (!Files.isWritable(cache)) {
                return new InProcess("the cache folder " + cache + " is not writable");
            }
            Path archive = cache.resolve(archiveName(jvm.classPathJars(), jvm.runtime()));
            if (Files.exists(archive) && !looksLikeAnArchive(archive)) {
                Files.delete(archive);
            }
            if (Files.exists(archive)) {
                return new Relaunch(command(jvm, home, "-XX:SharedArchiveFile=" + archive), archive, null);
            }
            Path recording = cache.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".recording");
            return new Relaunch(command(jvm, home, "-XX:ArchiveClassesAtExit=" + recording), archive, recording);
        } catch (IOException e) {
            return new InProcess("cannot use the cache folder " + cache + ": " + e);
        }
    }

    private static Optional<String> reasonToStayInProcess(Map<String, String> env, CurrentJvm jvm) {
        Optional<String> cdsOption = jvm.inputArguments().stream()
                .filter(arg -> CDS_OPTIONS.stream().anyMatch(arg::startsWith)).findFirst();
        if ("off".equalsIgnoreCase(env.getOrDefault(SWITCH, "").strip())) {
            return Optional.of(SWITCH + "=off");
        } else if (jvm.launchedAt().isPresent()) {
            return Optional.of("it is the relaunched one, started " + (jvm.startedAt() - jvm.launchedAt().get())
                    + " ms after the launch, with " + cdsOption.orElse("no archive"));
        } else if (cdsOption.isPresent()) {
            return Optional.of("started with " + cdsOption.get());
        } else if (jvm.inputArguments().stream().anyMatch(arg -> AGENT_OPTIONS.stream().anyMatch(arg::startsWith))) {
            return Optional.of("a debugger or agent is attached to this JVM");
        } else if (jvm.jar().isEmpty()) {
            return Optional.of("not started from a JAR");
        } else if (jvm.classPathJars().stream().anyMatch(Files::isDirectory)) {
            return Optional.of("the class path has folders; class data sharing needs JARs");
        } else if (jvm.java().isEmpty()) {
            return Optional.of("no java executable found to relaunch with");
        }
        return Optional.empty();
    }

    /**
     * {@code permitdesk-<crc>.jsa}: the CRC-32 of the absolute path, size and modification time of each JAR of
     * the class path (the app's JAR first, then its libraries) and of the Java runtime, so that a rebuilt or moved
     * JAR, a changed library or another Java gets its own archive instead of one that the JVM would refuse.
     */
    static String archiveName(List<Path> classPath, String runtime) throws IOException {
        StringBuilder key = new StringBuilder(runtime);
        for (Path jar : classPath) {
            key.append('\n').append(jar.toAbsolutePath());
            if (Files.exists(jar)) {
                BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
                key.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "permitdesk-%08x.jsa", crc.getValue());
    }

    /** The relaunch command: same java, same JVM options, the archive option, same JAR or class path and main class. */
    static List<String> command(CurrentJvm jvm, AppHome home, String archiveOption) {
        List<String> command = new ArrayList<>();
        command.add(jvm.java().orElseThrow().toString());
        command.addAll(jvm.inputArguments());
        command.add("-D" + LAUNCHED_AT + "=" + jvm.startedAt());
        command.add(archiveOption);
        // Quiet: the JVM would tell stdout about each class it cannot archive, and about an archive it ignores.
        command.add("-Xlog:cds=off,cds+dynamic=off");
        if (jvm.inputArguments().stream().noneMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel")
                || arg.endsWith("TieredCompilation"))) {
            // The quick (C1) compiler only: on two cores the optimising compiler's threads took ~3 of the ~7 CPU
            // seconds of a start. The desktop does screens and database calls; heavy work runs in the database.
            command.add("-XX:TieredStopAtLevel=1");
        }
        if (jvm.inputArguments().stream().noneMatch(arg -> arg.startsWith("-XX:ErrorFile="))) {
            // A JVM crash report goes to the log folder rather than to wherever the app was started from.
            command.add("-XX:ErrorFile=" + home.logFolder().resolve("hs_err_pid%p.log"));
        }
        if (jvm.startedWithJar()) {
            command.add("-jar");
            command.add(jvm.jar().orElseThrow().toString());
        } else {
            command.add("-cp");
            command.add(jvm.classPath());
            command.add(jvm.mainClass());
        }
        return command;
    }

    /** The java executable to relaunch with: the one running now, else the one in {@code java.home}. */
    static Optional<Path> javaExecutable(Optional<String> processCommand, String javaHome) {
        Optional<Path> running = processCommand.map(Path::of)
                .filter(path -> JAVA_LAUNCHERS.contains(path.getFileName().toString().toLowerCase(Locale.ROOT)));
        if (running.isPresent() && Files.isExecutable(running.get())) {
            return running;
        }
        // A jpackage launcher is not a java executable; its runtime may still hold one.
        for (String name : List.of("java", "java.exe")) {
            Path inHome = javaHome == null ? null : Path.of(javaHome, "bin", name);
            if (inHome != null && Files.isExecutable(inHome)) {
                return Optional.of(inHome);
            }
        }
        return Optional.empty();
    }

    /**
     * A cheap check that catches empty, garbage and foreign files, which the JVM would silently ignore on every
     * start. A truncated archive passes it; the JVM dies on that one at start (see {@link RelaunchedDesktop}).
     */
    static boolean looksLikeAnArchive(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        return ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt() == DYNAMIC_ARCHIVE_MAGIC
                || ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN).getInt() == DYNAMIC_ARCHIVE_MAGIC;
    }

    /** Start the app in this JVM, for this reason (logged). */
    record InProcess(String reason) implements Decision {
    }

    /** Run this command; {@code recording} is where the JVM writes a new archive, or null when it uses {@code archive}. */
    record Relaunch(List<String> command, Path archive, Path recording) implements Decision {
    }

    sealed interface Decision permits InProcess, Relaunch {
    }
}
