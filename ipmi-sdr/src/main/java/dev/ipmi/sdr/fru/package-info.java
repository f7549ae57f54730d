/**
 * FRU inventory (Platform Management FRU Information Storage Definition v1.0 rev 1.3; IPMI
 * v2.0 rev 1.1 §34): {@link dev.ipmi.sdr.fru.FruInventory} decodes an image and reports damage
 * as warnings, {@link dev.ipmi.sdr.fru.FruReader} reads images on a session. Multirecords
 * ({@link dev.ipmi.sdr.fru.MultiRecord}) carry typed content ({@link dev.ipmi.sdr.fru.MultiRecordContent}):
 * power supply information, DC outputs and loads, management access and compatibility records.
 */
package dev.ipmi.sdr.fru;
