package org.normgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs scripts/disk-faults.sh against the packaged jar: a full disk and a read-only store give
 * clear errors and leave whole states. It mounts filesystems, so it needs root; elsewhere it is
 * skipped with that reason (it never passes without having run).
 */
class DiskFaultsIT {
    @Test
    void fullDiskAndReadOnlyStore() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(uid.equals("0"), "the disk-fault trials mount filesystems and need root");
        Process p = new ProcessBuilder("bash", "scripts/disk-faults.sh").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        System.out.println(out);
        assumeTrue(!out.contains("cannot mount") && !out.contains("cannot bind-mount"), "this machine does not allow mounts: " + out);
        assertEquals(0, p.exitValue(), out);
    }
}
