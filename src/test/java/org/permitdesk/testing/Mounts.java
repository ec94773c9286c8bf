package org.permitdesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only folders and full disks for tests, made with {@code mount}: as root, file permissions alone do not stop
 * writing, so a read-only bind mount or a tiny tmpfs is the only honest way. Tests that use one are skipped (with
 * the reason) when not run as root or when {@code mount} is refused (a container without the capability).
 * Unmounted on {@link #close()}.
 */
public final class Mounts implements AutoCloseable {

    private final List<Path> mounted = new ArrayList<>();

    /** Skips the calling test unless this process may mount file systems. */
    public static Mounts available() {
        assumeTrue(root(), "needs root to mount a read-only folder or a tiny tmpfs (CI runs as root)");
        return new Mounts();
    }

    /** {@code source} seen read-only at {@code mountPoint} (created), whatever the permissions. */
    public Path readOnly(Path source, Path mountPoint) throws IOException {
        Files.createDirectories(mountPoint);
        mount(mountPoint, "mount", "--bind", source.toString(), mountPoint.toString());
        run("mount", "-o", "remount,ro,bind", mountPoint.toString());
        return mountPoint;
    }

    /** An empty folder at {@code mountPoint} (created) on a disk of a few KB that is full: nothing more fits. */
    public Path fullDisk(Path mountPoint) throws IOException {
        Files.createDirectories(mountPoint);
        mount(mountPoint, "mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mountPoint.toString());
        Path filler = mountPoint.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[1024];
            for (int i = 0; i < 64; i++) {
                out.write(block);
                out.flush();
            }
            throw new IllegalStateException("the 16 KB tmpfs at " + mountPoint + " took 64 KB");
        } catch (IOException full) {
            // full: what was wanted
        }
        return mountPoint;
    }

    @Override
    public void close() throws IOException {
        for (int i = mounted.size() - 1; i >= 0; i--) {
            run("umount", "-l", mounted.get(i).toString());
        }
        mounted.clear();
    }

    private void mount(Path mountPoint, String... command) throws IOException {
        int code = exec(command);
        assumeTrue(code == 0, "mount is refused here (exit " + code + "): " + String.join(" ", command));
        mounted.add(mountPoint);
    }

    private static void run(String... command) throws IOException {
        int code = exec(command);
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + code);
        }
    }

    private static int exec(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static boolean root() {
        try {
            Process process = new ProcessBuilder("id", "-u").start();
            String uid = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return process.waitFor() == 0 && uid.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
