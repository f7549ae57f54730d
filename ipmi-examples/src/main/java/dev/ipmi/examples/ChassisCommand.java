package dev.ipmi.examples;

import dev.ipmi.core.command.chassis.BootDevice;
import dev.ipmi.core.command.chassis.BootFlags;
import dev.ipmi.core.command.chassis.ChassisControl;
import dev.ipmi.core.command.chassis.ChassisControl.Control;
import dev.ipmi.core.command.chassis.ChassisIdentify;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.chassis.SetSystemBootOptions;
import dev.ipmi.lan.IpmiSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code ipmi chassis status | power ... | identify ... | bootdev ...}. */
final class ChassisCommand implements Command {
    @Override
    public String name() {
        return "chassis";
    }

    @Override
    public String summary() {
        return "status | power status|on|off|cycle|reset|soft | identify [seconds|force] | bootdev DEVICE";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] chassis status [--json]
                       ipmi [options] chassis power status|on|off|cycle|reset|soft [--json]
                       ipmi [options] chassis identify [seconds|force]      (default 15 s; 0 turns it off)
                       ipmi [options] chassis bootdev pxe|disk|bios|cdrom|safe|diag|none [--persistent] [--efi]

                status:   Get Chassis Status (IPMI v2.0 28.2)
                power:    Chassis Control (28.3); "soft" asks the OS to shut down (ACPI), "off" cuts power
                identify: Chassis Identify (28.5): blink the identify light
                bootdev:  Set System Boot Options parameter 5 (28.12): the device for the next boot,
                          or every boot with --persistent; --efi asks for an EFI boot""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (status, power, identify or bootdev)");
        return switch (sub) {
            case "status" -> {
                args.done();
                yield status(ctx);
            }
            case "power" -> power(ctx, args);
            case "identify" -> identify(ctx, args);
            case "bootdev" -> bootdev(ctx, args);
            default -> throw CliException.usage("unknown chassis subcommand \"" + sub + "\"; want status, power, identify or bootdev");
        };
    }

    private static int status(Context ctx) throws Exception {
        GetChassisStatus.Response st = ctx.session().sendBlocking(new GetChassisStatus());
        List<String> events = st.lastPowerEvents().stream().sorted().map(Names::lower).toList();
        new Report()
                .put("power", "System Power", onOff(st.powerOn()))
                .put("powerOverload", "Power Overload", st.powerOverload())
                .put("powerInterlock", "Power Interlock", st.powerInterlock(), active(st.powerInterlock()))
                .put("powerFault", "Main Power Fault", st.powerFault())
                .put("powerControlFault", "Power Control Fault", st.powerControlFault())
                .put("restorePolicy", "Power Restore Policy", Names.lower(st.restorePolicy()))
                .put("lastPowerEvents", "Last Power Event", events, String.join(", ", events))
                .put("intrusion", "Chassis Intrusion", st.intrusion(), active(st.intrusion()))
                .put("frontPanelLockout", "Front-Panel Lockout", st.frontPanelLockout(), active(st.frontPanelLockout()))
                .put("driveFault", "Drive Fault", st.driveFault())
                .put("coolingFault", "Cooling/Fan Fault", st.coolingFault())
                .put("identify", "Identify", st.identifyState() == null ? null : Names.lower(st.identifyState()),
                        st.identifyState() == null ? "not supported" : Names.lower(st.identifyState()))
                .print(ctx);
        return Exit.OK;
    }

    private static int power(Context ctx, Args args) throws Exception {
        String what = args.require("power action (status, on, off, cycle, reset or soft)");
        args.done();
        Control control = switch (what) {
            case "status" -> null;
            case "on", "up" -> Control.POWER_UP;
            case "off", "down" -> Control.POWER_DOWN;
            case "cycle" -> Control.POWER_CYCLE;
            case "reset" -> Control.HARD_RESET;
            case "soft" -> Control.SOFT_SHUTDOWN;
            case "diag" -> Control.PULSE_DIAGNOSTIC_INTERRUPT;
            default -> throw CliException.usage("unknown power action \"" + what + "\"; want status, on, off, cycle, reset or soft");
        };
        IpmiSession s = ctx.session();
        if (control == null) {
            boolean on = s.sendBlocking(new GetChassisStatus()).powerOn();
            ctx.print(Json.obj("power", onOff(on)), "Chassis Power is " + onOff(on));
            return Exit.OK;
        }
        s.sendBlocking(new ChassisControl(control));
        ctx.print(Json.obj("action", what, "control", Names.lower(control), "done", true),
                "Chassis Power Control: " + Names.lower(control));
        return Exit.OK;
    }

    private static int identify(Context ctx, Args args) throws Exception {
        String v = args.next();
        args.done();
        ChassisIdentify request;
        String text;
        if (v == null) {
            request = new ChassisIdentify(Optional.empty(), false);
            text = "Chassis identify interval: default (15 seconds)";
        } else if (v.equals("force")) {
            request = new ChassisIdentify(Optional.of(Duration.ZERO), true);
            text = "Chassis identify interval: indefinite";
        } else {
            int seconds = Options.integer(v, "identify interval", 0, 255);
            request = ChassisIdentify.forSeconds(seconds);
            text = seconds == 0 ? "Chassis identify interval: off" : "Chassis identify interval: " + seconds + " seconds";
        }
        ctx.session().sendBlocking(request);
        ctx.print(Json.obj("identify", v == null ? "default" : v, "done", true), text);
        return Exit.OK;
    }

    private static int bootdev(Context ctx, Args args) throws Exception {
        boolean persistent = args.flag("--persistent");
        boolean efi = args.flag("--efi");
        String name = args.require("boot device (pxe, disk, bios, cdrom, safe, diag or none)");
        args.done();
        BootDevice device = switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> BootDevice.NO_OVERRIDE;
            case "pxe" -> BootDevice.PXE;
            case "disk" -> BootDevice.DISK;
            case "safe" -> BootDevice.DISK_SAFE_MODE;
            case "diag" -> BootDevice.DIAGNOSTIC_PARTITION;
            case "cdrom" -> BootDevice.CD_DVD;
            case "bios" -> BootDevice.BIOS_SETUP;
            case "floppy" -> BootDevice.FLOPPY;
            default -> throw CliException.usage("unknown boot device \"" + name + "\"; want pxe, disk, bios, cdrom, safe, diag or none");
        };
        BootFlags flags = persistent ? BootFlags.always(device, efi) : BootFlags.nextBoot(device, efi);
        ctx.session().sendBlocking(new SetSystemBootOptions(flags));
        ctx.print(Json.obj("bootdev", name, "persistent", persistent, "efi", efi, "done", true),
                "Set Boot Device to " + name + (persistent ? " for every boot" : " for the next boot") + (efi ? " (EFI)" : ""));
        return Exit.OK;
    }

    static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String active(boolean b) {
        return b ? "active" : "inactive";
    }
}
