package dev.camelcos.springboot;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.spi.IdempotentRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.auth.CosCredentialsProvider;
import dev.camelcos.client.transfer.TransferProgressListener;
import dev.camelcos.component.CosConfiguration;

/**
 * Lets the object options be written as bean references in properties, Camel style:
 * {@code camel.component.cos.credentials-provider=#bean:myProvider} (or {@code #myProvider}).
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class CosComponentConverter implements GenericConverter {

    private static final Set<Class<?>> BEAN_OPTION_TYPES = Set.of(CosClient.class, CosCredentialsProvider.class,
            CosConfiguration.class, IdempotentRepository.class, TransferProgressListener.class, Clock.class);

    private static final String BEAN_PREFIX = "#bean:";

    private final ApplicationContext applicationContext;

    public CosComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return BEAN_OPTION_TYPES.stream().map(type -> new ConvertiblePair(String.class, type))
                .collect(Collectors.toSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("Invalid value '" + reference + "' for a "
                                               + targetType.getType().getSimpleName()
                                               + " option: it must refer to a bean, written #bean:name or #name");
        }
        String beanName = reference.startsWith(BEAN_PREFIX) ? reference.substring(BEAN_PREFIX.length())
                : reference.substring(1);
        return applicationContext.getBean(beanName, targetType.getType());
    }
}
