package id.loket.ui;

import id.loket.service.device.DeviceService;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's side of a keyboard-wedge scanner: every typed character and Enter go to the scanner's
 * burst buffer first. A fast burst ended by Enter is a scan: the Enter is consumed, the code's
 * characters are taken back out of the field they were typed into, and the scan reaches the screens
 * as from any scanner. Typing at a person's pace is left alone.
 */
public final class ScanKeyFilter {

    private final DeviceService devices;

    private ScanKeyFilter(DeviceService devices) {
        this.devices = devices;
    }

    /** Adds the filter to {@code scene} when the configured scanner is a keyboard wedge. */
    public static boolean installIfNeeded(Scene scene, DeviceService devices) {
        if (!devices.keyboardScanner()) {
            return false;
        }
        ScanKeyFilter filter = new ScanKeyFilter(devices);
        scene.addEventFilter(KeyEvent.KEY_TYPED, filter::typed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> filter.pressed(scene, event));
        return true;
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        if (typed.length() == 1 && !Character.isISOControl(typed.charAt(0))) {
            devices.keyTyped(typed.charAt(0));
        }
    }

    private void pressed(Scene scene, KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER) {
            return;
        }
        Optional<String> code = devices.enterPressed();
        if (code.isEmpty()) {
            return;
        }
        event.consume();
        Node focused = scene.getFocusOwner();
        if (focused instanceof TextInputControl field && field.getText() != null
                && field.getText().endsWith(code.get())) {
            String text = field.getText();
            field.setText(text.substring(0, text.length() - code.get().length()));
            field.positionCaret(field.getText().length());
        }
    }
}
