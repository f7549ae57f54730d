package dev.ipmi.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class or method against a freshly started ipmi_sim BMC, injected as
 * an {@link dev.ipmi.testkit.ipmisim.IpmiSimBmc} parameter of test methods, lifecycle methods
 * or (per-class BMCs only) the constructor.
 *
 * <pre>{@code
 * @RequiresIpmiSim
 * class ChassisIT {
 *     @Test
 *     void powerOff(IpmiSimBmc bmc) { ... }
 *
 *     @Test
 *     @RequiresIpmiSim(poweredOn = false)     // this test gets its own BMC
 *     void powerOn(IpmiSimBmc bmc) { ... }
 * }
 * }</pre>
 *
 * <p>On a class, one BMC serves all its tests (started before the first, stopped after the
 * last) unless {@link #perTest()}; on a method, that test gets its own. When ipmi_sim,
 * sdrcomp or socat is missing the tests are skipped, or failed when {@code CI=true} (see
 * {@link Prerequisites}).
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(IpmiSimExtension.class)
public @interface RequiresIpmiSim {
    /** On a class: a fresh BMC for every test instead of one for the whole class. */
    boolean perTest() default false;

    /** The chassis power state the BMC starts with. */
    boolean poweredOn() default true;
}
