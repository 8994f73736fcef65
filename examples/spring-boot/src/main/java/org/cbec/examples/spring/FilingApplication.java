package org.cbec.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that files with cbec-sdk's starter: the client comes from {@code application.yml} alone
 * (sender, TEST key, gateway, store, the mock-tests preset); {@link OrderFiling} files an order once the application is
 * ready and waits until customs (here the mock) enters it (120 入库, where an order's receipt table ends);
 * {@link StatusLog} logs every status change as it arrives.
 *
 * <pre>{@code
 * sdk-cli/target/cbec keygen --test --out test-key              # a throwaway key whose certificate says TEST
 * sdk-cli/target/cbec mock --port 8080 --trust test-key &       # the mock Single Window, trusting that key
 * ./mvnw -B -q -DskipTests package -pl examples/spring-boot -am
 * java -jar examples/spring-boot/target/examples-spring-boot-0.1.0-SNAPSHOT.jar
 * }</pre>
 */
@SpringBootApplication
public class FilingApplication {

    public static void main(String[] args) {
        SpringApplication.run(FilingApplication.class, args);
    }
}
