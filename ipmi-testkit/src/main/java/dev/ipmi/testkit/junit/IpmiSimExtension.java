package dev.ipmi.testkit.junit;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link RequiresIpmiSim}: checks the {@link Prerequisites}, starts the
 * BMC, keeps it in the class's or the test's extension store (which closes it when that
 * scope ends) and resolves {@link IpmiSimBmc} parameters.
 */
public final class IpmiSimExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(IpmiSimExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<RequiresIpmiSim> onClass = annotation(context.getRequiredTestClass());
        if (onClass.isEmpty()) {
            return; // registered some other way; methods declare what they need
        }
        Prerequisites.fromEnvironment().requireIpmiSim();
        if (!onClass.get().perTest()) {
            start(context, onClass.get());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<RequiresIpmiSim> onMethod = annotation(context.getRequiredTestMethod());
        Optional<RequiresIpmiSim> onClass = annotation(context.getRequiredTestClass());
        if (onMethod.isPresent()) {
            Prerequisites.fromEnvironment().requireIpmiSim();
            start(context, onMethod.get());
        } else if (onClass.isPresent() && onClass.get().perTest()) {
            start(context, onClass.get());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == IpmiSimBmc.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The innermost scope that started one: the test's own BMC, else its class's.
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Started s = c.get().getStore(NAMESPACE).get(c.get().getUniqueId(), Started.class);
            if (s != null) {
                return s.bmc;
            }
        }
        throw new ParameterResolutionException("no ipmi_sim BMC for " + parameter.getDeclaringExecutable()
                + ": annotate the class or method with @RequiresIpmiSim (a per-test BMC cannot be"
                + " injected into the constructor)");
    }

    private static void start(ExtensionContext context, RequiresIpmiSim options) {
        // Keyed by the scope's own ID: a store lookup also sees the enclosing scopes' values.
        context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getUniqueId(), k -> {
            try {
                return new Started(IpmiSimBmc.builder().poweredOn(options.poweredOn()).start());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start ipmi_sim: " + e.getMessage(), e);
            }
        }, Started.class);
    }

    private static Optional<RequiresIpmiSim> annotation(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, RequiresIpmiSim.class);
    }

    /** Closed by JUnit when the store's scope ends. */
    private static final class Started implements ExtensionContext.Store.CloseableResource {
        final IpmiSimBmc bmc;

        Started(IpmiSimBmc bmc) {
            this.bmc = bmc;
        }

        @Override
        public void close() {
            bmc.close();
        }
    }
}
