/**
 * Sensor/Event commands (NetFn 04h, IPMI v2.0 chapters 29, 30 and 35): sensor readings, thresholds, hysteresis, event enables and reading factors, device SDRs, platform event messages and PEF.
 */
package dev.ipmi.core.command.sensor;
