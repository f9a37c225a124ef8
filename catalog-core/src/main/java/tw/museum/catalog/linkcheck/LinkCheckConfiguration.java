package tw.museum.catalog.linkcheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkCheckProperties.class)
class LinkCheckConfiguration {
}
