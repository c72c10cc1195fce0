package dev.camelcos.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the object options be written as bean references in properties, Camel style:
 * {@code camel.component.cos.credentials-provider=#bean:myProvider} (or {@code #myProvider}), for every option type
 * the generated {@link CosComponentConfiguration} lists as a bean reference.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class CosComponentConverter implements GenericConverter {

    private static final String BEAN_PREFIX = "#bean:";

    private final ApplicationContext applicationContext;

    public CosComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return CosComponentConfiguration.BEAN_OPTION_TYPES.stream().map(type -> new ConvertiblePair(String.class, type))
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
