package newsroom.annotator.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The inputs of a run, qualified ({@code file:/…}, {@code hdfs://…}, {@code s3a://…}), and the folder each
 * one's files are named from, so that a file gets the id bin/annotate gives it: its path relative to the
 * folder given (sub-folders too), its name when the file itself was given. A glob's files are named from
 * the folder before its first wildcard.
 *
 * @param paths the qualified inputs, for Spark to read
 * @param roots the folders ids are relative to, each ending in "/", longest first
 * @param reads the files and folders the run reads (a glob's: the folder before its first wildcard)
 */
record InputRoots(List<String> paths, List<String> roots, List<String> reads) implements Serializable {

    InputRoots {
        paths = List.copyOf(paths);
        roots = List.copyOf(roots);
        reads = List.copyOf(reads);
    }

    /** Checks that every input is there (a glob: matches something); a wrong path stops the run before it starts. */
    static InputRoots resolve(List<String> inputs, Configuration hadoop) throws IOException {
        List<String> paths = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            Path qualified = fs.makeQualified(path);
            paths.add(qualified.toString());
            if (isGlob(input)) {
                FileStatus[] matches = fs.globStatus(qualified);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no input matches " + input);
                }
                Path root = qualified;
                while (isGlob(root.toUri().getPath())) {
                    root = root.getParent();
                }
                roots.add(root.toString());
                reads.add(root.toString());
            } else {
                FileStatus status = statusOrNull(fs, qualified); // one call to the file system, not exists() and then this
                if (status == null) {
                    throw new IllegalArgumentException("no such input: " + input);
                }
                roots.add(status.isDirectory() ? qualified.toString() : qualified.getParent().toString());
                reads.add(qualified.toString());
            }
        }
        roots.replaceAll(root -> root.endsWith("/") ? root : root + "/");
        roots.sort(Comparator.comparingInt(String::length).reversed());
        return new InputRoots(paths, roots, reads);
    }

    /** The id of a file that Spark listed under one of the inputs. */
    String idOf(String file) {
        for (String root : roots) {
            if (file.startsWith(root)) {
                return file.substring(root.length());
            }
        }
        return new Path(file).getName();
    }

    /** The file's status; null when there is no such file (what {@link FileSystem#exists} tells). */
    static FileStatus statusOrNull(FileSystem fs, Path path) throws IOException {
        try {
            return fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    private static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
