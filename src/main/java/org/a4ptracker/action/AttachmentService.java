package org.a4ptracker.action;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files attached to actions: bounded in size, limited to common document types checked
 * by their content (not only their name), stored with a SHA-256 checksum.
 */
@Service
public class AttachmentService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "txt", "text/plain", "csv", "text/csv",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final AttachmentRepository repository;
    private final ActionRepository actions;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    AttachmentService(AttachmentRepository repository, ActionRepository actions, AccessPolicy access, AuditLog audit,
                      Optional<Clock> clock) {
        this.repository = repository;
        this.actions = actions;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Attachment attach(CurrentUser user, long actionId, String filename, byte[] content) {
        ActionHead head = actions.head(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        access.requireFocalPointOf(user, head.stakeholderId(), "ATTACH_FILE", "action", actionId);
        if (head.state() == ActionState.WITHDRAWN || head.state() == ActionState.SUBMITTED) {
            throw new ConflictException("action.refused.attach");
        }
        String name = safeName(filename);
        String type = contentType(name, content);
        String sha = sha256(content);
        long id = repository.insert(actionId, name, type, content, sha, user.id(), Instant.now(clock));
        audit.changed(user, "ATTACH_FILE", "action", actionId, head.stakeholderId(), name + " sha256=" + sha);
        return repository.list(actionId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** A published action's files uploaded before its publication are public; everything else needs access. */
    @Transactional(readOnly = true)
    public AttachmentRepository.Stored download(CurrentUser user, long actionId, long attachmentId) {
        ActionHead head = actions.head(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        var stored = repository.get(actionId, attachmentId).orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        if (!isPublic(head, stored.attachment()) && !access.canReadUnpublishedOf(user, head.stakeholderId())) {
            if (user != null) {
                audit.denied(user, "DOWNLOAD_ATTACHMENT", "action", actionId, head.stakeholderId(), "unpublished file");
            }
            throw new NotFoundException("Attachment", attachmentId);
        }
        return stored;
    }

    /** Files attached before the latest publication of a still-published action are public. */
    static boolean isPublic(ActionHead head, Attachment attachment) {
        return head.publishedAt() != null && head.hasPublishedVersion() && !attachment.uploadedAt().isAfter(head.publishedAt());
    }

    static String safeName(String filename) {
        // refused rather than stripped: a name that reads differently from the file (NUL, a bidi override) is an attack
        org.a4ptracker.shared.PlainText.require("file", filename, org.a4ptracker.shared.PlainText.Lines.ONE, 4096);
        String name = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "").replace("\"", "").trim();
        if (name.isEmpty() || name.length() > 200) {
            throw new BadRequestException("file", "action.problem.file-name");
        }
        return name;
    }

    static String contentType(String name, byte[] content) {
        if (content.length == 0) {
            throw new BadRequestException("file", "problem.sheet.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BadRequestException("file", "action.problem.file-size");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null || !contentMatches(extension, content)) {
            throw new BadRequestException("file", "action.problem.file-type");
        }
        return type;
    }

    private static boolean contentMatches(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> startsWith(c, 0x25, 0x50, 0x44, 0x46);
            case "png" -> startsWith(c, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
            case "docx", "xlsx", "pptx" -> startsWith(c, 0x50, 0x4B, 0x03, 0x04);
            default -> isUtf8Text(c);
        };
    }

    private static boolean startsWith(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] c) {
        for (byte b : c) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(c));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
