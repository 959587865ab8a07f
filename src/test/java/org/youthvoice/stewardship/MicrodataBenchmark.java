package org.youthvoice.stewardship;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;

/**
 * Prints how long the steward's microdata export of 100,000 and 1,000,000 synthetic responses takes, and how much heap
 * it holds on to while streaming (measured after a collection every 50,000 rows, above the level before the export):
 * the figure stays flat as the rows grow tenfold. Run with: ./mvnw test -Pbench
 */
@QuarkusTest
class MicrodataBenchmark {

    private static final String ID = "cyberbullying";
    /** How many choice questions each synthetic response answers: enough for realistic rows, few enough for memory. */
    private static final int ANSWERED = 5;

    @Inject
    Catalog catalog;

    @Inject
    Microdata microdata;

    @Inject
    @Any
    InjectableInstance<AgroalDataSource> dataSources;

    @Test
    void printMicrodataExport() throws Exception {
        Consultation c = catalog.find(ID).orElseThrow().consultation();
        StringBuilder report = new StringBuilder("microdata export (cyberbullying, " + ANSWERED + " choice questions answered per response):");
        long loaded = 0;
        for (long responses : new long[] {100_000, 1_000_000}) {
            load(c, responses - loaded);
            loaded = responses;
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            Sampling out = new Sampling(memory);
            long start = System.nanoTime();
            microdata.write(c, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.append(String.format(Locale.ROOT, "%n  %,d rows, %,d MB of CSV in %.1f s; heap held while streaming: %,d MB above the start",
                    out.lines - 1, out.bytes >> 20, seconds, Math.max(0, out.peak - before) >> 20));
        }
        System.out.println(report);
    }

    /** Writes synthetic responses straight into the tables: a code for every choice question, no free text. */
    private void load(Consultation c, long count) throws SQLException {
        Random random = new Random(count);
        LocalDateTime hour = LocalDateTime.of(2026, 3, 1, 10, 0);
        List<Question> answered = c.questions().stream().filter(q -> q.options() != null && !q.options().isEmpty()).limit(ANSWERED).toList();
        try (Connection connection = dataSources.getActive().getConnection();
             PreparedStatement response = connection.prepareStatement(
                     "insert into response (id, consultation_id, version, lang, campaign, channel, submitted_hour) values (?, ?, 1, 'en', null, 'web', ?)");
             PreparedStatement answer = connection.prepareStatement(
                     "insert into response_answer (response_id, question_id, option_code, text_value) values (?, ?, ?, null)")) {
            for (long i = 0; i < count; i++) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                response.setObject(1, id);
                response.setString(2, c.id());
                response.setTimestamp(3, Timestamp.valueOf(hour.plusHours(i % 2000)));
                response.addBatch();
                for (Question q : answered) {
                    answer.setObject(1, id);
                    answer.setString(2, q.id());
                    answer.setString(3, q.options().get(random.nextInt(q.options().size())).code());
                    answer.addBatch();
                }
                if (i % 5_000 == 4_999) {
                    response.executeBatch();
                    answer.executeBatch();
                }
            }
            response.executeBatch();
            answer.executeBatch();
        }
    }

    /** Counts what is written, and every 50,000 lines collects garbage and notes the heap still in use. */
    private static final class Sampling extends OutputStream {
        private final MemoryMXBean memory;
        long bytes;
        long lines;
        long peak;

        Sampling(MemoryMXBean memory) {
            this.memory = memory;
        }

        @Override
        public void write(int b) {
            count(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                count(b[i]);
            }
        }

        private void count(int b) {
            bytes++;
            if (b == '\n' && ++lines % 50_000 == 0) {
                System.gc();
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            }
        }
    }
}
