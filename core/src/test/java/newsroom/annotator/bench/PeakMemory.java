package newsroom.annotator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Watches a child process's resident memory through /proc and keeps its peak (Linux only). */
final class PeakMemory implements AutoCloseable {

    private final long pid;
    private final Thread watcher;
    private volatile long peakKb;
    private volatile boolean running = true;

    PeakMemory(Process process) {
        this.pid = process.pid();
        this.watcher = new Thread(this::watch, "peak-memory-" + pid);
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        Path status = Path.of("/proc/" + pid + "/status");
        while (running) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
                Thread.sleep(20);
            } catch (IOException | NumberFormatException e) {
                return; // the process is gone; the last reading stands
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double peakMegabytes() {
        return peakKb / 1024.0;
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
