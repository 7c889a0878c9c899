"""The English of every error the store raises, by code: what the CLI prints.

A `CaseFileError` made with `.of(code, **fields)` carries its code and fields, so the GUI can
say it in the user's language (casefile.ui.support.store_errors translates every code).
Codes are stable: rename one only together with its translations. Fields are the variable
parts; a field that is itself a `Words` (a kind of item, a file the sentence is about) is
translated on its own. The brief's refusals of options are here too, so that one table lists
every code a client may meet.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "advice.attachment": "attach a photo or a document",
    "advice.case_file": "open a .casefile file",
    "advice.file_name_for": "choose a file name for {what}",
    "advice.json_file": "give a casefile-json file",
    "advice.name_itself": "name {pointed} itself",
    "advice.passphrase_file": "give the file holding the passphrase",
    "advice.plan_image": "give a PNG, JPEG or PDF file",
    "advice.private_key": "restore your key folder from a backup",
    "advice.public_key": "give the file 'casefile key export' wrote",
    "advice.regular_file": "give a regular file",
    "attachment.claims_image_but": (
        "{filename!r} claims to be an image but cannot be read as one (damaged or truncated): "
        "attach the original file"
    ),
    "attachment.claims_more_than": (
        "{filename!r} claims more than {megapixels} megapixels (a decompression bomb or a damaged "
        "image): it was not attached"
    ),
    "attachment.empty_bytes_there": "{filename!r} is empty (0 bytes): there is nothing to attach",
    "attachment.mib": "{filename!r} is {mib:.1f} MiB; {limit_text}",
    "attachment.named_as_pdf": "{filename!r} is named as a PDF but is not one",
    "attachment.no_such_target": (
        "no damage item, note or meeting with id {to} in this case: attach files to one of those"
    ),
    "brief.bad_brief_date": (
        "bad brief date {text!r}: write it as YYYY-MM-DD, for example 2025-11-21"
    ),
    "brief.brief_date_date": "brief date must be a date, not {type}",
    "brief.brief_needs_least": "a brief needs at least one section: choose from {choices}",
    "brief.cannot_write_brief": "cannot write the brief to {out}: {reason}",
    "brief.cannot_write_brief_2": "cannot write the brief: the folder {folder} does not exist",
    "brief.cannot_write_brief_3": (
        "cannot write the brief to {out} ({reason}): choose a folder you can write to"
    ),
    "brief.case_kept_changing": (
        "the case file kept changing while the brief was being made: try again when nobody is "
        "editing it"
    ),
    "brief.disk_full_brief": "the disk is full: the brief was not written to {out}",
    "brief.folder_give_file": "{out} is a folder: give a file name for the brief, e.g. brief.pdf",
    "brief.font_lacks_letters": "the brief's font lacks letters {letters}: reinstall casefile",
    "brief.font_missing": "the brief's font is missing: reinstall casefile",
    "brief.font_unreadable": "the brief's font cannot be read ({reason}): reinstall casefile",
    "brief.unknown_brief_language": "unknown brief language {value!r}: choose from {choices}",
    "brief.unknown_brief_section": "unknown brief section {value!r}: choose from {choices}",
    "case.attachment_through_add": "attachments are added with add_attachment(data, filename)",
    "case.closed": "the case file is closed",
    "case.incidents_not_one": "holds {count} incidents instead of one: run 'casefile check'",
    "case.no_item_with_id": (
        "no item with id {item_id} in this case: check the id with 'casefile export-json'"
    ),
    "case.no_such_attachment": "no attachment with id {attachment_id} in this case",
    "case.no_such_item": "no {kind} with id {item_id} in this case",
    "case.read_only": "is open read-only ({reason}): save a copy to edit it",
    "clash.itself": "the case file {case} itself",
    "clash.sidecar": "the {name} of the case file {case}",
    "comment.item_id_case": "no item with id {item_id} in this case: a comment needs its item",
    "comment.review_comment_id": "no review comment with id {comment_id} in this case",
    "comment.review_comment_most": "a review comment is at most {limit:,} characters",
    "comment.review_comment_needs": "a review comment needs its text",
    "copy.already_exists": "already exists: choose another name for {what}",
    "encryption.already_encrypted_case": (
        "is already encrypted, or is not a case file: to change its passphrase use 'casefile "
        "rekey'; the file was not changed"
    ),
    "encryption.cannot_rewritten_copy": (
        "cannot be rewritten ({reason}): copy it to a folder you can write to"
    ),
    "encryption.encrypted_encrypt_use": (
        "is not encrypted: to encrypt it use 'casefile encrypt'; the file was not changed"
    ),
    "encryption.new_passphrase_empty": "the new passphrase is empty: give one that is not",
    "encryption.new_passphrase_line_break": (
        "the new passphrase holds a line break, which no prompt can type: give it on one line"
    ),
    "encryption.was_changed_rewritten": (
        "was not changed: its rewritten copy did not pass the checks ({problem}); run 'casefile "
        "check' on it and restore it from a copy"
    ),
    "encryption.was_changed_rewritten_2": (
        "was not changed: its rewritten copy could not be written ({reason})"
    ),
    "field.characters_long_limit": (
        "{field} is {length:,} characters long; the limit is {limit:,}: attach long documents as "
        "files instead"
    ),
    "field.cleared_twice": "{field}: {name} is named twice; name them once",
    "field.date_time": "{field} must be a date and time, not {value!r}",
    "field.date_time_type": (
        "{where} {text!r} is not a date and time: type it as YYYY-MM-DD HH:MM, such as 2025-11-14 "
        "01:00, or with its offset, such as 2025-11-14T01:00+02:00"
    ),
    "field.date_use_yyyy": "{field} {value!r} is not a date: use YYYY-MM-DD, such as 2025-11-14",
    "field.date_without_time": "{field} is a date without time: use YYYY-MM-DD",
    "field.date_yyyy_mm": "{field} must be a date (YYYY-MM-DD), not {value!r}",
    "field.did_happen_clocks": (
        "{where} {text!r} did not happen in {zone}: the clocks went forward over it; type the time "
        "as the clocks showed it"
    ),
    "field.each_clearance": "{field}: each clearance is {{name, cleared_on}}",
    "field.each_clearance_needs": "{field}: each clearance needs a name",
    "field.each_participant_needs": "{field}: each participant needs party_id, role",
    "field.each_rate": "{field}: each rate is {{currency, rate, as_of, source}}",
    "field.each_rate_needs": "{field}: each rate needs its currency",
    "field.empty": "{field} must not be empty",
    "field.estimate_needs_currency": "a damage estimate needs its currency (an ISO 4217 code)",
    "field.estimate_quantity_x": (
        "the estimate is quantity x unit cost when both are given: clear the quantity or the unit "
        "cost to enter the estimate yourself"
    ),
    "field.holds_character_that": "{field} holds a character that is not valid Unicode text",
    "field.iana_zone_name": "{field} must be an IANA zone name such as Europe/Kyiv",
    "field.id_uuid_string": "{where}: {value!r} is not an id (a UUID string)",
    "field.iso_code_such": "{field} must be an ISO 4217 code such as EUR",
    "field.list_ids": "{field} must be a list of ids",
    "field.negative_enter_amount": "{field} is negative: enter an amount of 0 or more",
    "field.not_an_option": "{field} must be one of {choices}; got {value!r}",
    "field.not_clearances": "{field} must be a list of {{name, cleared_on}}",
    "field.not_participants": "{field} must be a list of {{party_id, role}}",
    "field.not_rates": "{field} must be a list of {{currency, rate, as_of, source}}",
    "field.not_text": "{field} must be text, not {type}",
    "field.offset_add_one": "{where} {text!r} has no offset: add one (+02:00) or give a time zone",
    "field.outside_kept_dates": (
        "{where} {value} is outside the dates casefile keeps (2 January of year 1 to 30 December "
        "9999, in UTC, so that every time zone can show it): correct the date"
    ),
    "field.quantity_x_unit": (
        "quantity x unit cost is too large: one estimate may be at most {limit:,} minor units "
        "(cents)"
    ),
    "field.rate_refused": "{field}, {currency}: {refusal}",
    "field.reference_such_as": (
        "{field} must be a reference such as D-12 (D, a hyphen and a number from 1), not {value!r}"
    ),
    "field.refused": "{field}: {refusal}",
    "field.required": "{field} is required",
    "field.s_given_by": (
        "a {kind}'s {name} is given by casefile, in the order items are made: leave it out"
    ),
    "field.self_representing": "a party cannot represent itself: choose another party, or none",
    "field.time_zone_give": (
        "{field} has no time zone: give an offset, such as 2025-11-14T01:00:00+02:00"
    ),
    "field.too_large_one": (
        "{field} is too large: one estimate may be at most {limit:,} minor units (cents)"
    ),
    "field.true_false": "{field} must be true or false, not {value!r}",
    "field.two_rates_keep": "{field}: {currency} has two rates; keep one per currency",
    "field.unit_cost_needs": "a unit cost needs its currency (an ISO 4217 code)",
    "field.unknown_field_s": "unknown {kind} field(s): {choices}",
    "field.unknown_kind_use": "unknown kind {kind!r}: use one of {choices}",
    "field.unknown_time_zone": (
        "unknown time zone {name!r}: use an IANA name such as Europe/Kyiv or Asia/Baku"
    ),
    "field.where": "{kind} field {name!r}",
    "field.whole_number_minor": (
        "{field} must be a whole number of minor units (cents), not {value!r}"
    ),
    "file.cannot_read_check": "cannot be read ({reason}): check the path",
    "file.cannot_read_permission": "cannot be read (permission denied): check its permissions",
    "file.does_exist_check": "does not exist: check the path",
    "file.does_exist_part": "does not exist (a part of its path is a file): check the path",
    "file.grew_too_large": "is over {describe_size}; {limit_text}",
    "file.not_regular": "is {kind}, not {what}: {advice}",
    "file.too_large": "is {describe_size}; {limit_text}",
    "install.resource_missing": "a file casefile ships with is missing: reinstall casefile",
    "install.resources_not_on_disk": (
        "casefile's resources are not on disk: install casefile unpacked (pip install, not a zip "
        "archive)"
    ),
    "json.about_another_incident": (
        "is about another incident ({title!r}, id {item_id}); this case is {this_title!r} (id "
        "{this_id}): import it into a new case file instead"
    ),
    "json.attachment_holds_other": (
        "attachment {item_id} holds other bytes than the one in this case: an attachment is never "
        "replaced; give the new file a new id"
    ),
    "json.attachment_refused": "attachment {item_id}: {refusal}",
    "json.attachment_s_bytes": (
        "the attachment's bytes do not match its sha256: the document was changed or damaged"
    ),
    "json.casefile_json_document": (
        "is not a casefile-json document ($.format is {got}, expected {FORMAT!r})"
    ),
    "json.casefile_json_document_2": (
        "is not a casefile-json document (the top level is not an object)"
    ),
    "json.casefile_json_version": (
        "is casefile-json version {shown} ($.version); this casefile reads versions 1 to {VERSION} "
        "(the number): export it again from a matching casefile"
    ),
    "json.data_base_hold": "data_base64 must hold the file's bytes in base64",
    "json.data_base_valid": "data_base64 is not valid base64",
    "json.decimal_string_such": (
        '{name} must be a decimal string such as "1250.00", not {value!r}'
    ),
    "json.field_required": "field {name!r} is required",
    "json.holds_number_more": (
        "holds a number of more than {limit:,} digits{place}: casefile-json has no such number; "
        "fix it or export it again"
    ),
    "json.holds_which_json": (
        "holds {value}{place}, which is not a JSON number: fix it or export it again"
    ),
    "json.id_belongs_case": "id {item_id} belongs to a {other_kind} in this case, not a {kind}",
    "json.id_id_appears": (
        "{where}.id: id {item_id} appears twice in the document (also at {first_at}): every item "
        "needs an id of its own"
    ),
    "json.incident_object_incident": "has no incident object ($.incident)",
    "json.key_more_than": "{value} has the key {key} more than once: keep one and import it again",
    "json.link_points_missing": "a {table} link points to a missing {parent}",
    "json.needs_currency_iso": "{name} needs a currency (an ISO 4217 code)",
    "json.nests_lists_objects": (
        "{place} nests lists or objects too deeply: casefile-json nests five deep; fix it or "
        "export it again"
    ),
    "json.nests_lists_objects_2": (
        "nests lists or objects more than {limit} deep{place}: casefile-json nests five deep; fix "
        "it or export it again"
    ),
    "json.not_a_list": "$.{collection} must be a list",
    "json.not_an_object": "{where} must be an object",
    "json.refused_at": "{where}.{at}: {refusal}",
    "json.starts_byte_order": (
        "starts with a byte-order mark (line 1, column 1), which JSON does not allow: save it as "
        "UTF-8 without a BOM"
    ),
    "json.unknown_field_s": "{where} has unknown field(s): {names}",
    "json.unknown_id_referenced": (
        "unknown {target_kind} id {item_id} referenced by a {kind}: include that item or remove "
        "the reference"
    ),
    "json.unknown_top_level": "has unknown top-level field(s): {names}",
    "json.utf_text_line": (
        "is not UTF-8 text (line {line}, column {column}: byte {byte}): save it as UTF-8"
    ),
    "json.valid_json_line": (
        "is not valid JSON (line {line}, column {column}: {reason}): fix it or export it again"
    ),
    "json_plan.data_base_hold": "data_base64 must hold the plan's image in base64",
    "json_plan.pin_places_another": (
        "pin {pin_id} places another item or plan in this case: give the new pin a new id"
    ),
    "json_plan.pin_places_one": "a pin places one damage item or one photo: give exactly one",
    "json_plan.pin_refused": "pin {pin_id}: {refusal}",
    "json_plan.pin_unknown_site": (
        "pin {pin_id}: unknown site plan id {plan_id}: include that plan or remove the pin"
    ),
    "json_plan.plan_s_image": (
        "the plan's image does not match its sha256: the document was changed or damaged"
    ),
    "json_plan.plan_s_image_2": "a plan's image must be the PNG or JPEG the case stored",
    "json_plan.site_plan_holds": (
        "site plan {plan_id} holds another image than the one in this case: a plan's image is "
        "never replaced; give the new plan a new id"
    ),
    "json_plan.unknown_field_s": "{where} has unknown field(s): {names}",
    "key.already_exists_public": (
        "already exists and is not a public key file: choose another name for the public key; "
        "nothing was written"
    ),
    "key.already_holds_your": (
        "already holds your signing key: you have one ('casefile key list' shows it); to make "
        "another, move this file away first"
    ),
    "key.already_holds_your_2": (
        "already holds your signing key: another 'key new' made it just now"
    ),
    "key.casefile_public_key": (
        "is not a casefile public key ({why}): ask its owner for the file 'casefile key export' "
        "writes"
    ),
    "key.damaged_private_key": (
        "is damaged, not a private key casefile can read: restore your key folder from a backup, "
        "or move it away and make a new key"
    ),
    "key.does_belong_your": (
        "does not belong with your private key: restore your key folder from a backup"
    ),
    "key.empty_passphrase_file": "is empty: a passphrase file holds the passphrase",
    "key.holds_fingerprint_that": (
        "holds a fingerprint that does not match its key: the file was damaged or altered; ask its "
        "owner for it again"
    ),
    "key.holds_key_another": (
        "holds a key of another kind than Ed25519: move it away and make a new key with 'casefile "
        "key new'"
    ),
    "key.name_not_fingerprint": "its name is not its key's fingerprint",
    "key.key_needs_owner": "a key needs its owner's name: give --name NAME",
    "key.key_s_name": "a key's name is at most {limit} characters",
    "key.key_s_name_2": "a key's name may not hold control or format characters",
    "key.key_s_passphrase": "the key's passphrase is empty: give one, or none at all",
    "key.passphrase_does_unlock": (
        "the passphrase does not unlock your signing key: check it and try again"
    ),
    "key.utf_text_passphrase": "is not UTF-8 text: a passphrase file holds the passphrase as text",
    "key.you_have_signing": (
        "you have no signing key yet: make one with 'casefile key new --name NAME'"
    ),
    "key.your_public_key": (
        "{refusal}; your public key file is damaged: restore it from a backup of your key folder"
    ),
    "key.your_signing_key": (
        "your signing key is protected by a passphrase: give it with --key-passphrase-file FILE or "
        "CASEFILE_KEY_PASSPHRASE"
    ),
    "kind.attachment": "attachment",
    "kind.damage_item": "damage item",
    "kind.follow_up": "follow-up",
    "kind.incident": "incident",
    "kind.meeting": "meeting",
    "kind.note": "note",
    "kind.party": "party",
    "limit.attachment": "attachments are limited to {limit} MiB: reduce or split the file",
    "limit.json": (
        "casefile-json documents are limited to {limit:,} MiB: move a case this large as the case "
        "file itself (File > Save a copy)"
    ),
    "limit.lock_file": "not a lock file",
    "limit.passphrase_file": "a passphrase file holds one line: give the right file",
    "limit.plan": "site plans are limited to {limit} MiB: export the plan at a lower resolution",
    "limit.private_key": "a private key is a few lines: the file is not yours",
    "limit.public_key": (
        "a public key file is a few lines: give the file 'casefile key export' wrote"
    ),
    "list.field_list": "a {kind} has no field {name!r} to list",
    "list.unknown_id_field": (
        "unknown {target_kind} id {item_id} in field {name!r}: link only to items of this case"
    ),
    "lock.cannot_locked_for": (
        "cannot be locked for editing (the folder is read-only): open it read-only"
    ),
    "lock.cannot_locked_for_2": (
        "cannot be locked for editing: {name} beside it is a folder, not a lock file: move that "
        "folder away, or open the case read-only"
    ),
    "lock.cannot_opened_for": (
        "cannot be opened for editing: its lock file could not be written ({reason}); free some "
        "space, or open it read-only"
    ),
    "lock.could_locked_for": "could not be locked for editing: try again",
    "lock.held": (
        "is being edited by {who}: open it read-only, edit a copy, or ask them to close it"
    ),
    "lock.open_here": "is already open for editing in this window",
    "merge.audit_log_that": (
        "has an audit log that was edited (its entry {entry}): nothing was merged; run 'casefile "
        "check' on it"
    ),
    "merge.changed_since_copies": (
        "changed {what} since the copies parted, which merge does not bring in: nothing was "
        "merged; make those changes in this case by hand, or merge the other way"
    ),
    "merge.changed_while_merge": "changed while the merge was worked out: merge again",
    "merge.conflicts": (
        "{count} conflict(s) with the other copy: nothing was merged; choose a side with --take "
        "mine or --take theirs, or merge in the app to choose one by one"
    ),
    "merge.copy_another_incident": (
        "is a copy of another incident ({title!r}): nothing was merged; only copies of one case "
        "file merge"
    ),
    "merge.deleted_item_kept": "a deleted item is kept or deleted: choose mine or theirs",
    "merge.history_common_case": (
        "has no history in common with this case: it is another case file (about another incident, "
        "or made apart, such as by import-json), not a copy of this one; nothing was merged"
    ),
    "merge.merge_would_leave": "the merge would leave a {table} link to a missing {parent}",
    "money.cost_amount": "cost {text!r} is not an amount",
    "money.cost_amount_write": (
        "cost {text!r} is not an amount: write digits with an optional decimal point, such as "
        "1250.00"
    ),
    "money.cost_decimal_amount": "cost must be a decimal amount, not {text!r}",
    "money.cost_decimal_amount_2": "cost must be a decimal amount as text, not {type}",
    "money.cost_negative_enter": "cost {text!r} is negative: enter an amount of 0 or more",
    "money.cost_too_large": "cost {text!r} is too large: one estimate may be at most {limit}",
    "money.example_or": "{first} or {second}",
    "money.not_a_number": "{what} {text!r} is not a number",
    "money.not_whole": (
        "cost {text!r} has more decimals than {currency} has (0): write a whole amount"
    ),
    "money.number_write_digits": (
        "{what} {text!r} is not a number: write digits with an optional decimal point, such as "
        "{example}"
    ),
    "money.number_written_as": "{what} must be a number written as text, such as {example}",
    "money.quantity_more_than": "quantity {text!r} must be more than 0: leave it empty for none",
    "money.quantity_more_than_2": "quantity {text!r} has more than {limit} decimals",
    "money.quantity_too_large": "quantity {text!r} is too large: at most {limit:,}",
    "money.rate_more_than": "rate {text!r} must be more than 0",
    "money.rate_more_than_2": (
        "rate {text!r} has more than {limit} significant digits or is too large"
    ),
    "money.too_many_decimals": (
        "cost {text!r} has more decimals than {currency} has ({exponent}): write it with at most "
        "{exponent}"
    ),
    "money.unknown_currency_code": (
        "unknown currency code {code!r}: use a three-letter ISO 4217 code such as EUR, USD, UAH or "
        "AZN"
    ),
    "name.cannot_opened_move": "cannot be opened: {problem}; move it to a shorter folder",
    "name.cannot_opened_name": (
        "cannot be opened: its name is {size} bytes long (UTF-8), and casefile opens names of at "
        "most {limit}, to keep its journal and lock file beside it: rename the file"
    ),
    "name.choose_another_name": "{what}: {problem}; choose another name",
    "name.choose_shorter_folder": "{what}: {problem}; choose a shorter folder or name",
    "node.device": "a device",
    "node.fifo": "a named pipe (FIFO)",
    "node.folder": "a folder",
    "node.other": "not a regular file",
    "node.socket": "a socket",
    "notice.capture_time_dropped": (
        "{filename!r} was attached without its capture time ({stamp}), which is outside the dates "
        "casefile keeps (2 January of year 1 to 30 December 9999, in UTC)"
    ),
    "notice.cleared_stale": "cleared a stale lock left by {who}",
    "notice.damaged_readable": (
        "this file is damaged ({problem}); what SQLite can read is shown, but it cannot be edited: "
        "run 'casefile check' and restore it from a copy"
    ),
    "notice.interrupted_applied": (
        "an interrupted write was found beside this file ({names}); it is shown from a private "
        "copy with it applied as SQLite would, and neither was changed"
    ),
    "notice.interrupted_read": (
        "an interrupted write was found beside this file ({names}, left by a crash or by another "
        "copy of the file): it is shown from a private copy with that write undone or completed as "
        "SQLite does; the file and {names} were not changed (opening it for editing recovers it)"
    ),
    "notice.interrupted_unsound": (
        "an interrupted write was found beside this file ({names}), but with it the case is not "
        "sound ({problem}), so it may belong to another copy of the file: the case is shown "
        "without it, and neither was changed"
    ),
    "notice.not_encrypted": (
        "this file is not encrypted: it was opened without the passphrase given (encrypt it to "
        "protect it with one)"
    ),
    "notice.older_schema": (
        "this file has an older schema (version {version}); it is shown from an upgraded temporary "
        "copy and was not changed"
    ),
    "notice.read_only_not_writable": (
        "opened read-only: the file or its folder cannot be written; save a copy elsewhere to edit "
        "it"
    ),
    "notice.rolled_back": (
        "recovered: an unfinished change left by a crash ({name}) was rolled back; the case is as "
        "it was after its last completed edit"
    ),
    "notice.staging_found": (
        "an interrupted change of this file left {names} beside it: opening the case for editing "
        "removes it"
    ),
    "notice.staging_found_clear": (
        "an interrupted change of this file left {names} beside it, which holds this encrypted "
        "case unencrypted (a decrypt was interrupted): opening the case for editing removes it"
    ),
    "notice.staging_removed": (
        "removed what an interrupted change of this file left beside it ({names})"
    ),
    "notice.strange_schema": (
        "this file holds schema objects casefile did not create ({names}); they are ignored"
    ),
    "notice.took_over": (
        "took over editing from {who}, who may still have it open: ask them to close it, as only "
        "one editor's changes can be kept"
    ),
    "notice.upgraded": (
        "upgraded from schema {version} to {supported}; the original was kept as {backup}"
    ),
    "notice.wal_applied": (
        "this file is in WAL mode; it is shown from a temporary copy with its {names} applied, and "
        "neither was changed"
    ),
    "notice.wal_converted": (
        "this file was in WAL mode; it was converted to a single self-contained file"
    ),
    "notice.wal_copy": (
        "this file is in WAL mode; it is shown from a temporary copy and was not changed"
    ),
    "notice.wal_recovered": (
        "recovered: the changes in {name} beside it were written into the file, which is again a "
        "single self-contained file"
    ),
    "open.as_casefile_writes": (
        "is not as casefile writes a case file ({text}): run 'casefile check' on it, and restore "
        "it from a copy"
    ),
    "open.busy": "is busy: another program is writing to it; try again in a moment",
    "open.cannot_created_folder": "cannot be created: the folder is read-only",
    "open.cannot_opened_check": (
        "cannot be opened: check that the file and its folder exist and can be read"
    ),
    "open.cannot_read_needs": (
        "cannot be read: it needs a private copy, which could not be made in {folder} ({reason}): "
        "free space there, or set TMPDIR to a folder with room"
    ),
    "open.cannot_read_restore": "cannot be read ({reason}): restore it from a copy",
    "open.cannot_read_run": (
        "cannot be read ({reason}): run 'casefile check' on it, and restore it from a copy"
    ),
    "open.cannot_read_run_2": (
        "cannot be read ({problem}): run 'casefile check' on it, and restore it from a copy"
    ),
    "open.cannot_written_here": (
        "cannot be written here (read-only file, folder or disk): save a copy elsewhere to edit it"
    ),
    "open.case_file_open": "is not a case file: open a .casefile made by casefile",
    "open.casefile_needs_sqlite": (
        "casefile needs SQLite {needed} or newer, and this Python has {found}: run casefile with a "
        "newer Python (those from python.org include a recent SQLite)"
    ),
    "open.could_upgraded_from": (
        "could not be upgraded from schema {version} to {supported} ({reason}); the file was left "
        "as it was{kept}: restore it from a copy or report this"
    ),
    "open.damaged_cannot_edited": (
        "is damaged ({problem}) and cannot be edited; it and {names} beside it were left as they "
        "were: open it read-only to see what can be read, run 'casefile check', and restore it "
        "from a copy"
    ),
    "open.damaged_problem": (
        "is damaged ({problem}) and cannot be edited: open it read-only to see what can be read, "
        "run 'casefile check', and restore it from a copy"
    ),
    "open.damaged_run_casefile": (
        "is damaged: run 'casefile check' on it and restore it from a copy"
    ),
    "open.damaged_was_written": (
        "is damaged, or was written by a newer SQLite than this casefile's: restore it from a copy"
    ),
    "open.disk_full_free": (
        "the disk is full: free some space and try again; nothing was saved from this edit, "
        "earlier edits are safe"
    ),
    "open.disk_refused_write": (
        "the disk refused the write (I/O error): check the drive or share and try again; earlier "
        "edits are safe"
    ),
    "open.empty": "is empty, not a case file: open another file, or create a new case",
    "open.encrypted_case_files": (
        "encrypted case files need sqlcipher3, which this casefile lacks: install casefile with "
        "its dependencies"
    ),
    "open.folder_does_exist": "{what}: the folder {folder} does not exist; choose one that does",
    "open.folder_read_only": "{what}: the folder is read-only; choose a folder you can write to",
    "open.foreign_sqlite": (
        "is an SQLite database but not a case file: open a .casefile made by casefile"
    ),
    "open.is_folder": "is a folder, not a case file: open a .casefile file",
    "open.needs_passphrase": (
        "is encrypted, or not a case file: give its passphrase (--passphrase-file F, or "
        "CASEFILE_PASSPHRASE)"
    ),
    "open.newer_version": (
        "was written by a newer casefile (schema {version}; this one reads up to {supported}): "
        "update casefile to open it; the file was not changed"
    ),
    "open.not_found": (
        "does not exist: check the path (a share or drive may be offline), or create a new case"
    ),
    "open.not_sqlite": (
        "is not a case file (not an SQLite database): open a .casefile made by casefile"
    ),
    "open.strange_schema": (
        "holds schema objects casefile did not create ({names}), which could run on edit: open it "
        "read-only, or save a clean copy from a trusted version"
    ),
    "open.was_changed_opening": (
        "was not changed: opening it for editing converts it, so the change is first made on a "
        "private copy, which could not be made in {folder} ({reason}): free space there, or set "
        "TMPDIR to a folder with room"
    ),
    "open.was_moved_deleted": "was moved or deleted while open: close it and open it again",
    "open.was_opened_for": (
        "was not opened for editing: {names} beside it, left by an interrupted write, does not "
        "give a sound case ({problem}), so it may belong to another copy of this file. It was set "
        "aside as {aside} and the file was not changed: open the case again to edit it as it is, "
        "or, if the interrupted write was this file's own, restore the case from a copy"
    ),
    "open.was_replaced_changed": (
        "was replaced or changed by another program while open; to avoid overwriting that change "
        "nothing was saved: close the case and open it again"
    ),
    "open.wrong_passphrase": (
        "wrong passphrase or not a case file: try again with the right passphrase; the file was "
        "not changed"
    ),
    "output.cannot_nothing_was": "is {clash}: it cannot be {what}; nothing was changed",
    "output.choose_another_file": (
        "is {clash}: choose another file name for {what}; nothing was written"
    ),
    "output.exists": "already exists: choose another name, or open it",
    "output.full": "{what} ({reason}): free space on the disk and try again",
    "output.in_use": (
        "could not be replaced: another program has it open (or the folder is read-only); close it "
        "there and try again"
    ),
    "output.node_in_brackets": " ({kind})",
    "output.not_written": "{what} ({reason}): check the folder and free space",
    "output.read_only": "{what} ({reason}): choose a folder you can write to",
    "output.regular_file_writing": (
        "is {kind}, not a regular file, and writing would replace it: choose a file name for "
        "{what}; nothing was written"
    ),
    "output.symbolic_link_writing": (
        "is a symbolic link to {pointed}{value}, and writing would replace the link: {advice}; "
        "nothing was written"
    ),
    "plan.attachment_photo_only": (
        "attachment {item_id} is not a photo: only damage items and photos can be pinned on a plan"
    ),
    "plan.damage_item_photo": (
        "no damage item or photo with id {item_id} in this case (deleted, or of another case): pin "
        "an item of this case"
    ),
    "plan.height": "height",
    "plan.image_lost": "the site plan {name!r} has lost its image: run 'casefile check'",
    "plan.item_already_pinned": (
        "item {target} is already pinned on the plan {name!r}: move its pin instead"
    ),
    "plan.only_damage_items": (
        "{item_id} is a {kind}: only damage items and photos can be pinned on a plan"
    ),
    "plan.pin_id_case": "no pin with id {pin_id} in this case (it may have been removed)",
    "plan.pin_number_give": "pin {axis} {value!r} is not a number: give a fraction from 0 to 1",
    "plan.pin_outside_plan": (
        "pin {axis} {value!r} is outside the plan: give {axis_name} from 0 to 1 (a fraction of the "
        "plan's {side})"
    ),
    "plan.site_plan_already": "the site plan {name!r} is already in this case",
    "plan.site_plan_id": (
        "no site plan with id {plan_id} in this case: 'casefile export-json' lists the plans' ids"
    ),
    "plan.unknown_image_role": "unknown plan image {role!r}: use one of {choices}",
    "plan.unknown_site_plan": "unknown site plan field(s): {choices}",
    "plan.width": "width",
    "plan_image.cannot_read_as": (
        "{filename!r} cannot be read as a plan image (damaged or truncated): export the plan again "
        "as PNG, JPEG or PDF"
    ),
    "plan_image.cannot_read_as_2": (
        "{filename!r} cannot be read as a PDF (damaged or truncated): export the plan again as "
        "PDF, PNG or JPEG"
    ),
    "plan_image.claims_more_than": (
        "{filename!r} claims more than {megapixels} megapixels{size} (a decompression bomb or a "
        "damaged image): export the plan at a lower resolution"
    ),
    "plan_image.empty_bytes_give": "{filename!r} is empty (0 bytes): give a PNG, JPEG or PDF plan",
    "plan_image.mib": "{filename!r} is {mib:.1f} MiB; {limit_text}",
    "plan_image.pdf_protected_by": (
        "{filename!r} is a PDF protected by a password: save it without one, or export the plan as "
        "PNG or JPEG"
    ),
    "plan_image.pdf_s_first": (
        "{filename!r}: the PDF's first page cannot be drawn (damaged): export the plan as PNG or "
        "JPEG"
    ),
    "plan_image.pdf_s_first_2": "{filename!r}: the PDF's first page has no size",
    "plan_image.pdf_without_pages": "{filename!r} is a PDF without pages: give the plan's PDF",
    "plan_image.png_jpeg_pdf": (
        "{filename!r} is not a PNG, JPEG or PDF file: export the plan as one of those"
    ),
    "reason.asked": "opened read-only as asked",
    "reason.not_writable": "the file or its folder cannot be written",
    "recovery.beside_which_regular": (
        "has {name} beside it, which is not a regular file: remove it, or copy the case file alone "
        "to another folder and open it there"
    ),
    "release.problems_found": (
        "cannot be released: 'casefile check' finds {count} problem(s) in it (the first: {first}); "
        "put them right first"
    ),
    "seal.cannot_sealed_audit": (
        "cannot be sealed: its audit log does not verify ({problem}); run 'casefile check' on it"
    ),
    "seal.cannot_sealed_run": (
        "cannot be sealed: {problem}; run 'casefile check' on it, and restore it from a copy"
    ),
    "seal.holds_incidents_instead": "holds {count} incidents instead of one: it cannot be sealed",
    "seal.review_state_give": "{state!r} is not a review state: give one of {choices}, or none",
    "seal.seal_s_comment": "a seal's comment is at most {limit:,} characters",
    "settings.language_one_casefile": (
        "language {language!r} is not one casefile writes briefs in: use one of {choices}"
    ),
    "settings.settings_file_correct": (
        "the settings file {problem}: correct it in a text editor, or delete it to start again "
        "from the defaults"
    ),
    "sidecar.journal": "journal",
    "sidecar.lock": "lock file",
    "sidecar.shm": "shared-memory file",
    "sidecar.wal": "write-ahead log",
    "size.bytes": "{count:,} bytes",
    "size.mib": "{mib:,.1f} MiB",
    "what.attachment": "the attachment",
    "what.brief": "the brief",
    "what.case_file": "a case file",
    "what.file": "a file",
    "what.json_export": "the JSON export",
    "what.json_file": "a JSON file",
    "what.new_case": "the new case",
    "what.passphrase_file": "a passphrase file",
    "what.plan_image": "a plan image",
    "what.printed_list": "the printed list",
    "what.public_key": "the public key",
    "what.public_key_file": "a public key file",
    "what.table": "the table",
    "what.trusted_key": "the trusted key",
    "what.your_private_key": "your private key",
    "what.your_public_key": "your public key",
    "write.failed": "could not be written",
    "write.no_keys": "cannot hold your keys",
    "write.no_new_key": "cannot hold your new key",
    "write.no_trusted_key": "cannot hold the trusted key",
    "write.not_created": "cannot be created",
    "write.not_prepared": "cannot be prepared for editing",
    "write.not_set_aside": "cannot set {name} aside",
    "write.rewritten_copy": "was not changed: its rewritten copy",
}

#: the stored fields a refusal or a finding names: each word's English is the field's name
#: in the store (what the CLI prints), and the app says it in the user's words
FIELD_NAMES = (
    "affiliation", "all_day", "as_of", "assessed_at", "assessed_by", "attachment_id",
    "attachment_ids", "body", "caption", "captured_at", "category", "classification",
    "clearances", "contact", "country", "currency", "damage_item_id", "date", "deadline",
    "decisions_sought", "description", "drafted_by", "drafted_on", "due_date",
    "estimated_cost", "exchange_rates", "filename", "held_at", "internal", "kind",
    "location", "media_type", "meeting_id", "name", "native_name", "note_ids", "occurred_at",
    "outcomes", "owner_id", "participants", "party_ids", "place", "plan_id", "purpose",
    "quantity", "rate", "recommendation", "reference", "reporting_currency", "represents_id",
    "role", "sender", "addressee", "severity", "size", "source", "source_party_id", "status",
    "summary", "timezone", "title", "unit_cost",
)  # fmt: skip
TEXTS.update({f"field_name.{name}": name for name in FIELD_NAMES})

#: the kinds of item a finding names by their code, as the CLI prints them ("damage_item")
ENTITY_NAMES = (
    "incident", "party", "note", "damage_item", "meeting", "follow_up", "attachment",
    "site_plan", "plan_pin", "seal",
)  # fmt: skip
TEXTS.update({f"entity.{name}": name for name in ENTITY_NAMES})
#: the same kinds as a finding spells them in a sentence ("damage item", "follow up")
TEXTS.update({f"item.{name}": name.replace("_", " ") for name in ENTITY_NAMES})
TEXTS["item.plan_pin"] = "pin"
#: the stored fields as a finding spells them in a sentence ("exchange rates")
TEXTS.update({f"field_label.{name}": name.replace("_", " ") for name in FIELD_NAMES})
#: the objects of SQLite's schema a finding names
TEXTS.update({f"schema_object.{name}": name for name in ("table", "index", "trigger", "view")})

#: what `casefile check` finds: a finding's English by code (the Problem's message is Words)
TEXTS.update(
    {
        "check.sqlite": "{message}",
        "check.missing_parent": "{table} row {rowid} points to a missing {parent}",
        "check.object": "{kind} {name}",
        "check.unexpected": "unexpected {object}",
        "check.schema_version": "schema version {version}, expected {expected}",
        "check.definition_missing": "{kind} {name} is missing",
        "check.defined_differently": "{kind} {name} is defined differently: {change}",
        "check.lacks": "lacks {parts}",
        "check.has": "has {parts}",
        "check.lacks_and_has": "lacks {lacks}, and has {has}",
        "check.instead_of": "'{actual}' instead of '{expected}'",
        "check.bad_value": "{table} {key}, column {column}: {reason}",
        "check.bad_value_row": "{table} row {key}, column {column}: {reason}",
        "check.audit_not_verified": (
            "not verified, nor the attachments' hashes: they are checked once the findings "
            "above are put right (restore the file from a copy)"
        ),
        "check.incident_count": "{count} incidents; a case has one",
        "check.attachment_lost": "attachment {item_id} ({filename!r}) has lost its bytes",
        "check.attachment_changed": (
            "attachment {item_id} ({filename!r}) does not match its SHA-256: its bytes were changed"
        ),
        "check.plan_image_lost": "site plan {item_id} ({name!r}) has lost its image",
        "check.plan_image_changed": (
            "site plan {item_id} ({name!r}) does not match its SHA-256: its image was changed"
        ),
        "check.added_outside": (
            "{kind} {item_id} has no audit entry: it was added outside casefile"
        ),
        "check.changed_outside": (
            "{kind} {item_id}: {field} changed outside casefile ({difference})"
        ),
        "check.deleted_outside": (
            "{kind} {item_id} was deleted outside casefile: the audit log has no entry for its "
            "deletion"
        ),
        "check.more_outside": "… and {count} more changes made outside casefile",
        "check.values_differ": "the audit log has {logged}, the file {now}",
        "check.links_added": "not in the audit log: {added}",
        "check.links_removed": "missing from the file: {removed}",
        "check.links_added_removed": (
            "not in the audit log: {added}; missing from the file: {removed}"
        ),
        "check.links_reordered": "in another order than the audit log has",
        # the audit chain's breaks (casefile.store.audit.BREAKS)
        "chain.missing": (
            "audit entry {missing} is missing (the next is {seq}): entries were deleted"
        ),
        "chain.not_following": (
            "audit entry {seq} does not follow entry {previous}: the log was edited"
        ),
        "chain.withheld": (
            "audit entry {seq} ({entity} {entity_id}) was edited: its values are marked "
            "withheld, but the item was not deleted"
        ),
        "chain.digests": (
            "audit entry {seq} ({entity} {entity_id}) was edited: its values do not match "
            "their digests"
        ),
        "chain.hash": (
            "audit entry {seq} ({entity} {entity_id}) was edited: its hash does not match"
        ),
        "chain.repeated_id": (
            "audit entry {seq} repeats the id of an earlier entry: the log was edited"
        ),
        "chain.parent_after": (
            "audit entry {seq} follows entry {parent}, which is not before it in the log: the "
            "log was edited"
        ),
        "chain.clock_not_derived": (
            "audit entry {seq} has a clock time that does not follow from its time and the "
            "entry before it: the log was edited"
        ),
        "chain.clock_before_parent": (
            "audit entry {seq} has a clock time before that of the entry it follows: the log "
            "was edited"
        ),
        "chain.cut": (
            "the audit log ends at entry {last_seq} but the file recorded entry {recorded} as "
            "its last: the newest entries were deleted"
        ),
    }
)

#: what `casefile check` finds in the seals (problems, then warnings)
TEXTS.update(
    {
        "seal_check.label": "{number} of {total} ({who}, {when})",
        "seal_check.who": "{state} by {signer}",
        "seal_state.": "sealed",
        "seal_state.submitted": "submitted",
        "seal_state.approved": "approved",
        "seal_state.changes-requested": "changes requested",
        "seal_state.released": "released",
        "seal_check.signature_fails": (
            "seal {label} does not verify: its signature fails, so the seal or the state it "
            "names was altered after signing"
        ),
        "seal_check.other_case": "seal {label} was made on another case ({case_id})",
        "seal_check.rewritten": (
            "seal {label} signed state {head} at audit entry {seq}, which the log no longer "
            "holds: the sealed history was rewritten ({where})"
        ),
        "seal_check.rewritten_between": "somewhere in entries {first} to {last}",
        "seal_check.rewritten_before": "at or before entry {seq}",
        "seal_check.no_entry": (
            "seal {label} has no entry in the audit log: it was added outside casefile"
        ),
        "seal_check.entry_differs": (
            "seal {label} differs from its audit entry {seq}: one of them was edited"
        ),
        "seal_check.untrusted": (
            "seal {label} is signed by a key not trusted here ({fingerprint}): confirm that "
            "fingerprint with its owner, then trust their public key file ('casefile key "
            "trust FILE.pub')"
        ),
        "seal_check.other_name": (
            "seal {label} names its signer {signer!r}, but their key is trusted here as "
            "{trusted_as!r}"
        ),
        "seal_check.removed": (
            "audit entry {seq} records seal {seal_id}, which the file no longer holds: the "
            "seal was removed"
        ),
        "seal_check.release_unsealed": (
            "the release manifest (audit entry {seq}) is not sealed by its releaser: the copy "
            "was changed after its release, or made outside casefile"
        ),
        "seal_check.release_count": (
            "the release manifest accounts for {counted} withheld audit entries, and the copy "
            "withholds {actual}: it was changed after its release"
        ),
        "seal_check.back_dated": (
            "audit entry {seq} (by {actor}) follows seal {number} ({sealed}), yet its clock "
            "time is {clock}: it was back-dated"
        ),
        "seal_check.more_back_dated": "and {count} more entries after seal {number}",
        "seal_check.clock_back_one": (
            "{count} audit entry goes back in wall-clock time (the first: entry {seq}, {at}): "
            "a computer's clock was set back"
        ),
        "seal_check.clock_back": (
            "{count} audit entries go back in wall-clock time (the first: entry {seq}, {at}): "
            "a computer's clock was set back"
        ),
    }
)

#: why `casefile check` refuses a stored value (BadValue.reason)
TEXTS.update(
    {
        "value.empty": "is empty, and may not be",
        "value.not_type": "{value} is not {type}",
        "value.refused": "{value}: {refusal}",
        "value.not_as_written": "{value} is not as casefile writes it",
        "value.not_json": "is not JSON",
        "value_type.text": "text",
        "value_type.whole": "a whole number",
        "value_type.flag": "true or false (0 or 1)",
        "value_type.bytes": "bytes",
        "value_type.day": "a date (YYYY-MM-DD)",
        "value_type.day_kept": (
            "a date casefile keeps (2 January of year 1 to 30 December 9999, in UTC)"
        ),
        "value_type.instant": "a date and time",
        "value_type.instant_kept": (
            "a date and time in UTC (2 January of year 1 to 30 December 9999, in UTC)"
        ),
    }
)
