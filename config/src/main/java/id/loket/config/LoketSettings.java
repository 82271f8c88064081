package id.loket.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of one Loket installation, validated. Build it with {@link SettingsLoader}.
 *
 * @param office     the kelurahan office
 * @param data       where records are stored
 * @param ui         screens
 * @param counter    this PC's counter
 * @param queue      services and ticket letters
 * @param print      paper sizes
 * @param devices    device drivers
 * @param security   PIN rules, the database key file and the retention period
 * @param backup     where backups go and how many are kept
 * @param lan        LAN mode: the database server's port, allowed PCs and password
 * @param registration registration at the counter (the ASN Perangkat Daerah list)
 * @param ssn        SSN card requests (Samarinda): whether the counter takes them, when a police letter is asked
 * @param dailyFile  where the kiosk puts the day's file for the kecamatan at day close
 * @param complaints the office's promise for answering complaints
 * @param jkk        the pekerja rentan programme (UMK per city and year, premium, the form's addressee)
 * @param sourceFile the settings file that was read on top of the defaults, as an absolute path, if any
 */
public record LoketSettings(OfficeSettings office, DataSettings data, UiSettings ui, CounterSettings counter,
                            QueueSettings queue, PrintSettings print, DeviceSettings devices,
                            SecuritySettings security, BackupSettings backup, LanSettings lan,
                            RegistrationSettings registration,
                            SsnSettings ssn, DailyFileSettings dailyFile, ComplaintSettings complaints,
                            JkkSettings jkk,
                            Optional<Path> sourceFile) {

    public LoketSettings {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(print, "print");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(lan, "lan");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(ssn, "ssn");
        Objects.requireNonNull(dailyFile, "dailyFile");
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(jkk, "jkk");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }
}
