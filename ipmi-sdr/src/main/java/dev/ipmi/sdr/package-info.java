/**
 * Sensor Data Records and sensor readings in real units (IPMI v2.0 rev 1.1 §33, §35, §36, §43).
 *
 * <ul>
 *   <li>{@link dev.ipmi.sdr.SdrRecord#decode} turns one record into a sealed type: full,
 *       compact and event-only sensor records ({@link dev.ipmi.sdr.SensorRecord}, shared
 *       records expanded by {@link dev.ipmi.sdr.SensorRecord#sensors()}), entity associations,
 *       device locators, MC confirmation, BMC message channel info, OEM and unknown records.</li>
 *   <li>{@link dev.ipmi.sdr.ConversionFactors} and {@link dev.ipmi.sdr.Linearization} convert
 *       raw readings: {@code y = L[(M x + B 10^K1) 10^K2]}; {@link dev.ipmi.sdr.SensorUnits}
 *       names the unit.</li>
 *   <li>{@link dev.ipmi.sdr.SensorValue} interprets a {@link dev.ipmi.sdr.SensorReading}: value,
 *       threshold status as ipmitool prints it, discrete state names
 *       ({@link dev.ipmi.sdr.EventStates}).</li>
 *   <li>On a live session: {@link dev.ipmi.sdr.SdrRepositoryReader} (with an
 *       {@link dev.ipmi.sdr.SdrCache}) and {@link dev.ipmi.sdr.SensorReader}.</li>
 * </ul>
 *
 * <pre>{@code
 * SdrRepository sdrs = new SdrRepositoryReader(session, cache).read((n, total) -> bar.set(n, total));
 * for (SensorValue v : new SensorReader(session).readAll(sdrs)) {
 *     System.out.println(v.sensor().name() + " " + v.value() + " " + v.unit() + " " + v.statusText());
 * }
 * }</pre>
 */
package dev.ipmi.sdr;
