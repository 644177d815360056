// Lucene side of run.py: indexes and searches text that run.py has already
// analysed (stemmed terms separated by spaces), so that every engine sees the
// same terms. Single-file program: java -cp LUCENE_JARS LuceneHarness.java ...
//
//   build DIR          stdin: id TAB original text TAB terms, one document a line;
//                      prints the indexing seconds
//   search DIR         stdin: the terms of one query a line; prints, a line each,
//                      the microseconds taken, TAB, the top-10 ids separated by spaces
//   cold DIR TERMS     prints the microseconds to open the index and answer one query
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

public class LuceneHarness {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        switch (args[0]) {
            case "build" -> build(args[1], in);
            case "search" -> {
                IndexSearcher searcher = open(args[1]);
                StringBuilder out = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    long started = System.nanoTime();
                    String ids = search(searcher, line);
                    out.append((System.nanoTime() - started) / 1000).append('\t').append(ids).append('\n');
                }
                System.out.print(out);
            }
            case "cold" -> {
                long started = System.nanoTime();
                search(open(args[1]), args[2]);
                System.out.println((System.nanoTime() - started) / 1000);
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static void build(String directory, BufferedReader in) throws Exception {
        long started = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setSimilarity(new BM25Similarity(1.2f, 0.75f));
        config.setRAMBufferSizeMB(256);
        // Separate files per part, so the postings, positions and term
        // dictionary can be measured apart from the stored text.
        config.setUseCompoundFile(false);
        config.getMergePolicy().setNoCFSRatio(0.0);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(Paths.get(directory)), config)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] fields = line.split("\t", 3);
                Document document = new Document();
                document.add(new StringField("id", fields[0], Field.Store.YES));
                document.add(new StoredField("original", fields[1]));
                document.add(new TextField("terms", fields[2], Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
        }
        System.out.println((System.nanoTime() - started) / 1e9);
    }

    static IndexSearcher open(String directory) throws Exception {
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(FSDirectory.open(Paths.get(directory))));
        searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
        return searcher;
    }

    static String search(IndexSearcher searcher, String terms) throws Exception {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(java.util.Arrays.asList(terms.trim().split(" +")))) {
            if (!term.isEmpty()) query.add(new TermQuery(new Term("terms", term)), BooleanClause.Occur.SHOULD);
        }
        StringBuilder ids = new StringBuilder();
        for (ScoreDoc hit : searcher.search(query.build(), 10).scoreDocs) {
            if (ids.length() > 0) ids.append(' ');
            ids.append(searcher.doc(hit.doc).get("id"));
        }
        return ids.toString();
    }
}
