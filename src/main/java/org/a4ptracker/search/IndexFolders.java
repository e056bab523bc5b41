package org.a4ptracker.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The folders of a node's indexes under the configured one: each build writes a new folder, the newest folder
 * built from this database in the current generation and format is reopened at start, and the others are deleted
 * unless another process (a second node sharing the folder) holds them open.
 */
final class IndexFolders {

    /** Raised whenever the analysis or the fields change, so that an index written the old way is rebuilt. */
    static final String FORMAT = "3";

    static final String INSTANCE = "instance";
    static final String GENERATION = "generation";
    static final String FLOOR = "floor";
    static final String FORMAT_KEY = "format";

    private IndexFolders() {
    }

    static Map<String, String> commitData(String instance, long generation, long floor) {
        return Map.of(INSTANCE, instance, GENERATION, String.valueOf(generation), FLOOR, String.valueOf(floor), FORMAT_KEY, FORMAT);
    }

    /** A folder for a new build. */
    static Path fresh(Path root, long generation) {
        return root.resolve("g" + generation + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The newest reusable folder: built from this database, in this generation and format, and not in use elsewhere. */
    static Optional<Path> reusable(Path root, String instance, long generation) {
        return folders(root).stream()
                .filter(p -> {
                    var data = SearchIndex.committed(p);
                    return instance.equals(data.get(INSTANCE)) && String.valueOf(generation).equals(data.get(GENERATION))
                            && FORMAT.equals(data.get(FORMAT_KEY)) && !inUse(p);
                })
                .max(Comparator.comparing(IndexFolders::modified));
    }

    /** Deletes every folder but the kept one that no other process holds open. */
    static void deleteOthers(Path root, Path kept) {
        for (Path p : folders(root)) {
            if (!p.equals(kept) && !inUse(p)) {
                delete(p);
            }
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> folders(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inUse(Path folder) {
        try (var dir = FSDirectory.open(folder); Lock lock = dir.obtainLock("write.lock")) {
            return false;
        } catch (LockObtainFailedException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
