package org.a4ptracker.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene index, in a folder or in memory: documents are replaced by key, searchers see changes after
 * {@link #refresh()} (near real time, without a commit), and a commit records with the documents the position in
 * the change log they reflect, so that a node restarting from its folder only catches up.
 */
final class SearchIndex implements Closeable {

    private final Directory directory;
    private final Path path;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final long serial = SERIALS.incrementAndGet();
    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();

    private SearchIndex(Directory directory, Path path) throws IOException {
        this.directory = directory;
        this.path = path;
        var config = new IndexWriterConfig(Analysis.analyzer(Analysis.Lang.NEUTRAL));
        config.setRAMBufferSizeMB(48);
        // newest first on disk: a search listing actions newest first stops after its page instead of visiting every match
        config.setIndexSort(Fields.NEWEST_FIRST);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the index in a folder; {@code null} keeps it in memory. */
    static SearchIndex open(Path path) {
        try {
            if (path == null) {
                return new SearchIndex(new ByteBuffersDirectory(), null);
            }
            Files.createDirectories(path);
            return new SearchIndex(FSDirectory.open(path), path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + path, e);
        }
    }

    /** The data of the last commit in a folder, empty when it holds no index. */
    static Map<String, String> committed(Path path) {
        try (Directory d = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(d) ? SegmentInfos.readLatestCommit(d).getUserData() : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    Path path() {
        return path;
    }

    void put(Collection<SearchDoc> docs) {
        try {
            for (SearchDoc doc : docs) {
                writer.updateDocument(Fields.key(doc.key()), Fields.document(doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds documents known to be new (a full build): no lookup of an older version. */
    void add(Collection<SearchDoc> docs) {
        try {
            writer.addDocuments(docs.stream().map(Fields::document).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Collection<String> keys) {
        try {
            writer.deleteDocuments(keys.stream().map(Fields::key).toArray(Term[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteKinds(Collection<Kind> kinds) {
        try {
            writer.deleteDocuments(new TermInSetQuery(Fields.KIND, kinds.stream().map(k -> new BytesRef(k.code())).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commit(Map<String, String> data) {
        try {
            writer.setLiveCommitData(new HashMap<>(data).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> commitData() {
        var data = new HashMap<String, String>();
        var live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T search(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes whenever what a search finds may have: another index, or a refresh that opened a new reader. */
    String stamp() {
        return search(s -> {
            var reader = s.getIndexReader();
            long version = reader instanceof org.apache.lucene.index.DirectoryReader d ? d.getVersion() : -1;
            return serial + ":" + version + ":" + System.identityHashCode(reader) + ":" + reader.maxDoc() + ":" + reader.numDocs();
        });
    }

    int documents() {
        return search(s -> s.getIndexReader().numDocs());
    }

    /** Bytes of the index files (in memory or on disk). */
    long sizeBytes() {
        try {
            long total = 0;
            for (String file : List.of(directory.listAll())) {
                try {
                    total += directory.fileLength(file);
                } catch (IOException gone) {
                    // merged away meanwhile
                }
            }
            return total;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
