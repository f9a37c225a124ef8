package tw.museum.site.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Whether an empty catalogue gets the demo collection on start, and how many of its records are published. */
@ConfigurationProperties("museum.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10") int draftCount) {
}
