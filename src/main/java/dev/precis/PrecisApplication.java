package dev.precis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PrecisApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(PrecisApplication.class, args)));
    }
}
