package newsroom.annotator.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM, in local mode on two cores: started by the first test that needs
 * it, shared by every test class after (the job's own {@code getOrCreate} finds it), stopped with the JVM.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("annotate-spark tests")
                    .config("spark.ui.enabled", false)
                    .config("spark.sql.shuffle.partitions", 4)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.warehouse.dir", "target/spark-warehouse")
                    .getOrCreate();
        }
        return session;
    }
}
