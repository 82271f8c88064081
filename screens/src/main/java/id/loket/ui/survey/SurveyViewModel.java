package id.loket.ui.survey;

import id.loket.config.ServiceDefinition;
import id.loket.domain.nik.Sex;
import id.loket.domain.skm.AgeBand;
import id.loket.domain.skm.Education;
import id.loket.domain.skm.Occupation;
import id.loket.domain.skm.RespondentProfile;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.skm.SkmResponse;
import id.loket.domain.skm.SkmScale;
import id.loket.domain.skm.SkmSource;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.device.ResidentVoice;
import id.loket.service.skm.IkmReports;
import id.loket.service.skm.SkmService;
import id.loket.service.skm.SkmSurveys;
import id.loket.ui.Background;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The satisfaction survey on a touch screen: which service the resident had, then the nine elements
 * one a screen, each answered with one touch on one of four faces or skipped, then the optional
 * profile, one part a screen, then thanks. Each page's question is said aloud. Nothing identifies the
 * resident: the response keeps the service and the day. A survey left half-way is dropped when the
 * screen goes back to its start, as a resident who walked away did not finish it.
 */
public final class SurveyViewModel {

    /** Where the resident is. {@code QUESTION} covers the nine elements ({@link #element()} says which). */
    public enum Step { CHOOSE_SERVICE, QUESTION, SEX, AGE, EDUCATION, OCCUPATION, SAVING, THANKS, FAILED }

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE_SERVICE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Counts up at every page shown: the nine questions share one step, and each is a page of its own. */
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final SkmSurveys surveys;
    private final IkmReports reports;
    private final ResidentVoice voice;
    private final Background background;
    private final Texts texts;
    private final Supplier<LocalDate> today;

    private ServiceDefinition service;
    private int element;
    private final int[] answers = new int[SkmElement.COUNT];
    private Optional<Sex> sex = Optional.empty();
    private Optional<AgeBand> age = Optional.empty();
    private Optional<Education> education = Optional.empty();
    private Optional<Occupation> occupation = Optional.empty();

    /** @param voice says each page; the survey's own, on whatever the ticket screen's setting */
    public SurveyViewModel(SkmService skm, ResidentVoice voice, Background background, Texts texts,
                           Supplier<LocalDate> today) {
        this.surveys = skm.surveys();
        this.reports = skm.reports();
        this.voice = Objects.requireNonNull(voice, "voice");
        this.background = Objects.requireNonNull(background, "background");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.today = Objects.requireNonNull(today, "today");
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    /** Changes whenever another page is to be shown (also from one question to the next). */
    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    /** The words of the thanks or failure page. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<ServiceDefinition> services() {
        return surveys.queue().services();
    }

    public String serviceName(ServiceDefinition definition) {
        return reports.serviceName(definition.code());
    }

    /** The element asked on a {@code QUESTION} page. */
    public SkmElement element() {
        return SkmElement.values()[element];
    }

    /** "Pertanyaan 3 dari 9". */
    public String progress() {
        return texts.text("survey.progress", element + 1, SkmElement.COUNT);
    }

    /** The question of the page on show, as printed and as spoken. */
    public String question() {
        return switch (step.get()) {
            case CHOOSE_SERVICE -> texts.text("survey.chooseService");
            case QUESTION -> texts.text(questionKey(element()));
            case SEX -> texts.text("survey.profile.sex");
            case AGE -> texts.text("survey.profile.age");
            case EDUCATION -> texts.text("survey.profile.education");
            case OCCUPATION -> texts.text("survey.profile.occupation");
            case SAVING, THANKS, FAILED -> message.get();
        };
    }

    /** The question for each element as a resident is asked it (the element's name is for reports). */
    private static String questionKey(SkmElement element) {
        return switch (element) {
            case U1_PERSYARATAN -> "survey.question.requirements";
            case U2_PROSEDUR -> "survey.question.procedure";
            case U3_WAKTU -> "survey.question.time";
            case U4_BIAYA -> "survey.question.cost";
            case U5_PRODUK -> "survey.question.product";
            case U6_KOMPETENSI -> "survey.question.competence";
            case U7_PERILAKU -> "survey.question.behaviour";
            case U8_PENGADUAN -> "survey.question.complaints";
            case U9_SARANA -> "survey.question.facilities";
        };
    }

    public void chooseService(ServiceDefinition chosen) {
        service = Objects.requireNonNull(chosen, "chosen");
        element = 0;
        Arrays.fill(answers, 0);
        go(Step.QUESTION);
    }

    /** The resident's face for the element on show; the next element follows. */
    public void answer(SkmScale value) {
        requireStep(Step.QUESTION);
        answers[element] = value.value();
        nextElement();
    }

    /** The element on show is left unanswered: it does not count in that element's average. */
    public void skipQuestion() {
        requireStep(Step.QUESTION);
        answers[element] = 0;
        nextElement();
    }

    private void nextElement() {
        if (element + 1 < SkmElement.COUNT) {
            element++;
            go(Step.QUESTION);
        } else {
            go(Step.SEX);
        }
    }

    public void chooseSex(Optional<Sex> chosen) {
        requireStep(Step.SEX);
        sex = chosen;
        go(Step.AGE);
    }

    public void chooseAge(Optional<AgeBand> chosen) {
        requireStep(Step.AGE);
        age = chosen;
        go(Step.EDUCATION);
    }

    public void chooseEducation(Optional<Education> chosen) {
        requireStep(Step.EDUCATION);
        education = chosen;
        go(Step.OCCUPATION);
    }

    public void chooseOccupation(Optional<Occupation> chosen) {
        requireStep(Step.OCCUPATION);
        occupation = chosen;
        finish();
    }

    /** Hands the survey in now, with the profile parts given so far (the rest of the profile left out). */
    public void finish() {
        if (service == null) {
            return;
        }
        SkmResponse response = new SkmResponse(today.get(), service.code(), answers.clone(),
                new RespondentProfile(sex, age, education, occupation), SkmSource.TOUCH);
        go(Step.SAVING);
        background.run(() -> surveys.save(response), saved -> {
            message.set(texts.text(saved == SkmSurveys.Saved.KEPT ? "survey.thanks" : "survey.thanksNothing"));
            go(Step.THANKS);
        }, failure -> {
            message.set(texts.text(Message.of("survey.failed", texts.text(failure))));
            go(Step.FAILED);
        });
    }

    /** Back to the start for the next resident; what was not handed in is dropped. */
    public void reset() {
        voice.hush();
        service = null;
        element = 0;
        Arrays.fill(answers, 0);
        sex = Optional.empty();
        age = Optional.empty();
        education = Optional.empty();
        occupation = Optional.empty();
        message.set("");
        go(Step.CHOOSE_SERVICE);
    }

    /** Says the page on show again ("Dengarkan lagi"). */
    public void repeat() {
        speakPage();
    }

    private void go(Step next) {
        step.set(next);
        page.set(page.get() + 1);
        if (next != Step.SAVING) {
            speakPage();
        }
    }

    /** The question and its choices, so a resident who cannot read hears what each face means. */
    private void speakPage() {
        StringBuilder said = new StringBuilder(question());
        if (step.get() == Step.QUESTION) {
            for (SkmScale value : SkmScale.values()) {
                said.append(' ').append(texts.text(id.loket.domain.text.EnumLabels.key(value))).append('.');
            }
        }
        voice.say(said.toString());
    }

    private void requireStep(Step expected) {
        if (step.get() != expected) {
            throw new IllegalStateException("not on the " + expected + " page but " + step.get());
        }
    }
}
