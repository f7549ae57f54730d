package dev.ipmi.sdr;

import java.util.List;

/**
 * The SDRs that describe sensors: full (01h), compact (02h) and event-only (03h).
 */
public sealed interface SensorRecord extends SdrRecord
        permits FullSensorRecord, CompactSensorRecord, EventOnlyRecord {

    SensorKey key();

    Entity entity();

    SensorType sensorType();

    EventReadingType eventReadingType();

    TypeLengthText idString();

    /** The sensor's name. */
    default String name() {
        return idString().text();
    }

    /**
     * The individual sensors this record stands for: itself, or for shared compact and
     * event-only records one record per sensor with the number, name and entity instance the
     * sharing fields give it.
     */
    default List<SensorRecord> sensors() {
        return List.of(this);
    }
}
