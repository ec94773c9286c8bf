package org.permitdesk.account.cslb;

/** How far an import has got, reported every few thousand lines and once at the end. */
@FunctionalInterface
public interface CslbImportProgress {

    /**
     * @param lines      lines read so far
     * @param bytes      bytes of the file read so far
     * @param totalBytes the size of the file
     */
    void update(long lines, long bytes, long totalBytes);

    CslbImportProgress NONE = (lines, bytes, totalBytes) -> { };
}
