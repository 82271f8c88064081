package id.loket.device.api;

/** The kind of scanner a code came from. */
public enum ScanSource { SERIAL, WEDGE, SIMULATED }
