package tw.museum.catalog.healthcheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the health-check fee schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeeSchedule.class)
class HealthCheckConfiguration {
}
