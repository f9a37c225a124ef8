package tw.museum.catalog.batch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tw.museum.catalog.CatalogTestApplication;

/**
 * A museum node that does nothing but work through batches, as a separate JVM the crash test can kill hard.
 * Arguments are Spring properties (the database, the chunk size, the lease).
 */
public final class BatchWorkerProcess {

    private BatchWorkerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogTestApplication.class)
                .web(org.springframework.boot.WebApplicationType.NONE).run(args);
        BatchWorker worker = context.getBean(BatchWorker.class);
        System.out.println("worker started");
        while (true) {
            worker.runPending();
            Thread.sleep(50);
        }
    }
}
