package tw.museum.catalog.deaccession;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code museum.deaccession.allow-sale}: whether deaccessioned objects may be sold (default: no). */
@ConfigurationProperties("museum.deaccession")
public record DeaccessionProperties(@DefaultValue("false") boolean allowSale) {
}
