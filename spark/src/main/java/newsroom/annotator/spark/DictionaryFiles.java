package newsroom.annotator.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files of a user's dictionaries folder ({@code --dictionaries}), read once on the driver from any
 * Hadoop file system, so that executors need no access to the folder: the few kB travel with each task
 * and are written into a local folder where an executor builds its annotator. Two are equal when their
 * files are.
 */
final class DictionaryFiles implements Serializable {

    private static final long serialVersionUID = 1L;
    /** No folder: the packaged lists only. */
    static final DictionaryFiles NONE = new DictionaryFiles(new TreeMap<>());

    /** Relative path ("en/abbreviations.txt") to content. */
    private final SortedMap<String, byte[]> files;
    private final String digest;

    private DictionaryFiles(SortedMap<String, byte[]> files) {
        this.files = files;
        this.digest = digest(files);
    }

    /** Every file under {@code folder}, sub-folders too. */
    static DictionaryFiles read(String folder, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(folder);
        FileSystem fs = root.getFileSystem(hadoop);
        FileStatus status = InputRoots.statusOrNull(fs, root);
        if (status == null || !status.isDirectory()) {
            throw new IllegalArgumentException("dictionaries folder not found: " + folder);
        }
        String prefix = fs.makeQualified(root).toString() + "/";
        SortedMap<String, byte[]> files = new TreeMap<>();
        RemoteIterator<LocatedFileStatus> found = fs.listFiles(root, true);
        while (found.hasNext()) {
            org.apache.hadoop.fs.Path file = found.next().getPath();
            try (InputStream in = fs.open(file)) {
                files.put(file.toString().substring(prefix.length()), in.readAllBytes());
            }
        }
        return new DictionaryFiles(files);
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** The files written into a new local folder, for {@code Annotator.create}. */
    Path writeToLocalFolder() {
        try {
            Path folder = Files.createTempDirectory("annotator-dictionaries-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dictionaries into a local folder", e);
        }
    }

    private static String digest(SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(file.getValue().length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DictionaryFiles that && digest.equals(that.digest);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return files.isEmpty() ? "packaged" : files.size() + " files (" + digest.substring(0, 12) + ")";
    }
}
