package id.loket.service.casework;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.sociallist.SocialListEntry;
import id.loket.domain.sociallist.SocialListRules;
import id.loket.domain.text.Message;
import id.loket.service.rtlist.FirstInOrder;
import id.loket.service.rtlist.RtListReader;
import id.loket.service.rtlist.UnreadableFileException;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.SocialListRepository;
import id.loket.storage.SocialListRepository.NumberKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a Dinas Sosial list of DTSEN desil and PKH status and flags the households it
 * names, so a schedule can put desil 1–2 and PKH households first.
 *
 * <p>Rows name a household by its KK number, by its head's NIK, or by the NIK of a member already met
 * at the counter (PKH is often paid to the mother, whose NIK is not the head's). Each row ends either
 * flagging one household or in the report with its reason: a number that is not valid, one that is
 * no household of this office, or a household an earlier row already named. Households the list does
 * not name keep their flags: a list per programme or per RW must not clear the others.
 *
 * <p>All or nothing, like the RT-list import: the file is read and matched first, then the flags and
 * the audit event are written in one transaction.
 */
public final class SocialListImport {

    private static final int BATCH = 2_000;

    private final Jdbc jdbc;
    private final SocialListRepository store;
    private final SocialListRules rules;
    private final AuditLog audit;
    private final Clock clock;

    public SocialListImport(Jdbc jdbc, SocialListRepository store, SocialListRules rules, AuditLog audit, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports {@code file} (CSV or XLSX). A file that cannot be read or has no recognisable columns is a
     * failed result, not an exception; nothing is changed then.
     *
     * @throws id.loket.storage.StorageException when the database fails; nothing was changed then either
     */
    public SocialListResult importFile(Path file, String actor) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(actor, "actor");
        LocalDateTime startedAt = LocalDateTime.now(clock);
        String fileName = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
        SocialListReading reading = new SocialListReading(rules);
        try {
            RtListReader.read(file, reading);
        } catch (UnreadableFileException e) {
            return failed(fileName, List.of(e.problem()), startedAt);
        }
        reading.finish();
        if (reading.tablesRead == 0) {
            return failed(fileName, reading.unmappedReasons(fileName), startedAt);
        }
        return jdbc.inTransaction(() -> write(fileName, reading, actor, startedAt));
    }

    private static SocialListResult failed(String fileName, List<Message> why, LocalDateTime startedAt) {
        return new SocialListResult(false, fileName, why, SocialListResult.Counts.NONE, List.of(), startedAt);
    }

    private SocialListResult write(String fileName, SocialListReading reading, String actor, LocalDateTime startedAt) {
        Known known = new Known();
        store.forEachKnownNumber(known::add);
        FirstInOrder<SocialListResult.Problem> problems = reading.problems;
        int invalid = reading.rejected;
        int notFound = 0;
        int repeated = 0;
        int priority = 0;
        Map<Long, Integer> namedOnLine = new HashMap<>();
        List<SocialListRepository.Flags> flags = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (SocialListReading.Read read : reading.entries) {
            SocialListEntry entry = read.entry();
            // A KK found with a NIK not found is still that household: the NIK may be a member not yet met.
            Long byKk = entry.kk().map(kk -> known.byKk.get(kk.digits())).orElse(null);
            Long byNik = entry.nik().map(nik -> known.byNik(nik.digits())).orElse(null);
            String shown = MaskedText.mask(entry.nik().map(n -> n.digits())
                    .orElseGet(() -> entry.kk().orElseThrow().digits()));
            Long household = byKk != null ? byKk : byNik;
            if (household == null) {
                notFound++;
                problems.add(new SocialListResult.Problem(read.sheet(), entry.line(), shown,
                        List.of(Message.of(entry.kk().isPresent() && entry.nik().isPresent()
                                ? "social.row.notFound.both" : entry.kk().isPresent()
                                ? "social.row.notFound.kk" : "social.row.notFound.nik"))));
                continue;
            }
            if (byKk != null && byNik != null && !byKk.equals(byNik)) {
                invalid++;
                problems.add(new SocialListResult.Problem(read.sheet(), entry.line(), shown,
                        List.of(Message.of("social.row.otherHousehold"))));
                continue;
            }
            Integer earlier = namedOnLine.putIfAbsent(household, entry.line());
            if (earlier != null) {
                repeated++;
                problems.add(new SocialListResult.Problem(read.sheet(), entry.line(), shown,
                        List.of(Message.of("social.row.twice", String.valueOf(earlier)))));
                continue;
            }
            if (entry.priority()) {
                priority++;
            }
            flags.add(new SocialListRepository.Flags(household, entry.desil(), entry.pkh()));
            if (flags.size() % BATCH == 0) {
                store.setFlags(flags.subList(flags.size() - BATCH, flags.size()), now);
            }
        }
        store.setFlags(flags.subList(flags.size() - flags.size() % BATCH, flags.size()), now);
        SocialListResult.Counts counts = new SocialListResult.Counts(reading.rowsRead, flags.size(), priority,
                invalid, notFound, repeated, reading.blankRows);
        // In the import's own transaction: the trail says who changed the flags exactly when they changed.
        audit.record(actor, AuditAction.SOCIAL_LIST_IMPORTED, "household", null, fileName + ": "
                + counts.flagged() + " flagged (" + priority + " desil 1-2 or PKH), " + counts.rejected()
                + " rejected");
        return new SocialListResult(true, fileName, List.of(), counts, problems.inOrder(), startedAt);
    }

    /** The office's households by every number they are known by. */
    private static final class Known {
        final Map<String, Long> byKk = new HashMap<>();
        final Map<String, Long> byHead = new HashMap<>();
        final Map<String, Long> byMember = new HashMap<>();

        void add(NumberKind kind, String number, long householdId) {
            switch (kind) {
                case KK -> byKk.put(number, householdId);
                case HEAD_NIK -> byHead.put(number, householdId);
                case MEMBER_NIK -> byMember.put(number, householdId);
            }
        }

        /** The head's household first: a head also met as a member elsewhere is still the head here. */
        Long byNik(String nik) {
            Long head = byHead.get(nik);
            return head != null ? head : byMember.get(nik);
        }
    }
}
