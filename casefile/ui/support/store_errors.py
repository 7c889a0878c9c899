"""The store's errors in the user's language: a CaseFileError's code and fields, translated.

Every error the store (and the brief) raises has a code, its English in
`casefile.store.ERROR_TEXTS` (what the CLI prints), and its variable parts as fields.
`SOURCES` gives each code the English the GUI shows, the same without the advice to run a
casefile command in a terminal, marked for Qt's translation in one context so that
lupdate finds every one (catalogue errors_LANG.ts). A field that is itself Words (a kind
of item, a file named in the sentence) or an error is translated in turn; numbers and
paths are written as the user's locale writes them. An error without a code, or with a
code this module does not know, is shown in its English.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication, QLocale

from casefile.names import shown
from casefile.store import CaseFileError, Words
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

#: the translation context of every store message
CONTEXT = "StoreErrors"

#: code -> the English the GUI shows (ERROR_TEXTS without number formats and commands)
SOURCES: dict[str, str] = {
    "advice.attachment": QT_TRANSLATE_NOOP("StoreErrors", "attach a photo or a document"),
    "advice.case_file": QT_TRANSLATE_NOOP("StoreErrors", "open a .casefile file"),
    "advice.file_name_for": QT_TRANSLATE_NOOP("StoreErrors", "choose a file name for {what}"),
    "advice.json_file": QT_TRANSLATE_NOOP("StoreErrors", "give a casefile-json file"),
    "advice.name_itself": QT_TRANSLATE_NOOP("StoreErrors", "name {pointed} itself"),
    "advice.passphrase_file": QT_TRANSLATE_NOOP(
        "StoreErrors", "give the file holding the passphrase"
    ),
    "advice.plan_image": QT_TRANSLATE_NOOP("StoreErrors", "give a PNG, JPEG or PDF file"),
    "advice.private_key": QT_TRANSLATE_NOOP("StoreErrors", "restore your key folder from a backup"),
    "advice.public_key": QT_TRANSLATE_NOOP(
        "StoreErrors", "give the file 'casefile key export' wrote"
    ),
    "advice.regular_file": QT_TRANSLATE_NOOP("StoreErrors", "give a regular file"),
    "attachment.claims_image_but": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} claims to be an image but cannot be read as one (damaged or truncated): "
        "attach the original file",
    ),
    "attachment.claims_more_than": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} claims more than {megapixels} megapixels (a decompression bomb or a damaged "
        "image): it was not attached",
    ),
    "attachment.empty_bytes_there": QT_TRANSLATE_NOOP(
        "StoreErrors", "{filename!r} is empty (0 bytes): there is nothing to attach"
    ),
    "attachment.mib": QT_TRANSLATE_NOOP("StoreErrors", "{filename!r} is {mib} MiB; {limit_text}"),
    "attachment.named_as_pdf": QT_TRANSLATE_NOOP(
        "StoreErrors", "{filename!r} is named as a PDF but is not one"
    ),
    "attachment.no_such_target": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "no damage item, note or meeting with id {to} in this case: attach files to one of those",
    ),
    "brief.bad_brief_date": QT_TRANSLATE_NOOP(
        "StoreErrors", "bad brief date {text!r}: write it as YYYY-MM-DD, for example 2025-11-21"
    ),
    "brief.brief_date_date": QT_TRANSLATE_NOOP(
        "StoreErrors", "brief date must be a date, not {type}"
    ),
    "brief.brief_needs_least": QT_TRANSLATE_NOOP(
        "StoreErrors", "a brief needs at least one section: choose from {choices}"
    ),
    "brief.cannot_write_brief": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot write the brief to {out}: {reason}"
    ),
    "brief.cannot_write_brief_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot write the brief: the folder {folder} does not exist"
    ),
    "brief.cannot_write_brief_3": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot write the brief to {out} ({reason}): choose a folder you can write to",
    ),
    "brief.case_kept_changing": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the case file kept changing while the brief was being made: try again when nobody is "
        "editing it",
    ),
    "brief.disk_full_brief": QT_TRANSLATE_NOOP(
        "StoreErrors", "the disk is full: the brief was not written to {out}"
    ),
    "brief.folder_give_file": QT_TRANSLATE_NOOP(
        "StoreErrors", "{out} is a folder: give a file name for the brief, e.g. brief.pdf"
    ),
    "brief.font_lacks_letters": QT_TRANSLATE_NOOP(
        "StoreErrors", "the brief's font lacks letters {letters}: reinstall casefile"
    ),
    "brief.font_missing": QT_TRANSLATE_NOOP(
        "StoreErrors", "the brief's font is missing: reinstall casefile"
    ),
    "brief.font_unreadable": QT_TRANSLATE_NOOP(
        "StoreErrors", "the brief's font cannot be read ({reason}): reinstall casefile"
    ),
    "brief.unknown_brief_language": QT_TRANSLATE_NOOP(
        "StoreErrors", "unknown brief language {value!r}: choose from {choices}"
    ),
    "brief.unknown_brief_section": QT_TRANSLATE_NOOP(
        "StoreErrors", "unknown brief section {value!r}: choose from {choices}"
    ),
    "case.attachment_through_add": QT_TRANSLATE_NOOP(
        "StoreErrors", "attachments are added with add_attachment(data, filename)"
    ),
    "case.closed": QT_TRANSLATE_NOOP("StoreErrors", "the case file is closed"),
    "case.incidents_not_one": QT_TRANSLATE_NOOP(
        "StoreErrors", "holds {count} incidents instead of one: restore it from a copy"
    ),
    "case.no_item_with_id": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "no item with id {item_id} in this case: check the id with 'casefile export-json'",
    ),
    "case.no_such_attachment": QT_TRANSLATE_NOOP(
        "StoreErrors", "no attachment with id {attachment_id} in this case"
    ),
    "case.no_such_item": QT_TRANSLATE_NOOP(
        "StoreErrors", "no {kind} with id {item_id} in this case"
    ),
    "case.read_only": QT_TRANSLATE_NOOP(
        "StoreErrors", "is open read-only ({reason}): save a copy to edit it"
    ),
    "clash.itself": QT_TRANSLATE_NOOP("StoreErrors", "the case file {case} itself"),
    "clash.sidecar": QT_TRANSLATE_NOOP("StoreErrors", "the {name} of the case file {case}"),
    "comment.item_id_case": QT_TRANSLATE_NOOP(
        "StoreErrors", "no item with id {item_id} in this case: a comment needs its item"
    ),
    "comment.review_comment_id": QT_TRANSLATE_NOOP(
        "StoreErrors", "no review comment with id {comment_id} in this case"
    ),
    "comment.review_comment_most": QT_TRANSLATE_NOOP(
        "StoreErrors", "a review comment is at most {limit} characters"
    ),
    "comment.review_comment_needs": QT_TRANSLATE_NOOP(
        "StoreErrors", "a review comment needs its text"
    ),
    "copy.already_exists": QT_TRANSLATE_NOOP(
        "StoreErrors", "already exists: choose another name for {what}"
    ),
    "encryption.already_encrypted_case": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is already encrypted, or is not a case file: to change its passphrase use 'casefile "
        "rekey'; the file was not changed",
    ),
    "encryption.cannot_rewritten_copy": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be rewritten ({reason}): copy it to a folder you can write to"
    ),
    "encryption.encrypted_encrypt_use": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is not encrypted: to encrypt it use 'casefile encrypt'; the file was not changed",
    ),
    "encryption.new_passphrase_empty": QT_TRANSLATE_NOOP(
        "StoreErrors", "the new passphrase is empty: give one that is not"
    ),
    "encryption.new_passphrase_line_break": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the new passphrase holds a line break, which no prompt can type: give it on one line",
    ),
    "encryption.was_changed_rewritten": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "was not changed: its rewritten copy did not pass the checks ({problem}); restore it from "
        "a copy",
    ),
    "encryption.was_changed_rewritten_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "was not changed: its rewritten copy could not be written ({reason})"
    ),
    "field.characters_long_limit": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{field} is {length} characters long; the limit is {limit}: attach long documents as "
        "files instead",
    ),
    "field.cleared_twice": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field}: {name} is named twice; name them once"
    ),
    "field.date_time": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be a date and time, not {value!r}"
    ),
    "field.date_time_type": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{where} {text!r} is not a date and time: type it as YYYY-MM-DD HH:MM, such as 2025-11-14 "
        "01:00, or with its offset, such as 2025-11-14T01:00+02:00",
    ),
    "field.date_use_yyyy": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} {value!r} is not a date: use YYYY-MM-DD, such as 2025-11-14"
    ),
    "field.date_without_time": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} is a date without time: use YYYY-MM-DD"
    ),
    "field.date_yyyy_mm": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be a date (YYYY-MM-DD), not {value!r}"
    ),
    "field.did_happen_clocks": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{where} {text!r} did not happen in {zone}: the clocks went forward over it; type the "
        "time as the clocks showed it",
    ),
    "field.each_clearance": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field}: each clearance is {{name, cleared_on}}"
    ),
    "field.each_clearance_needs": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field}: each clearance needs a name"
    ),
    "field.each_participant_needs": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field}: each participant needs party_id, role"
    ),
    "field.each_rate": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field}: each rate is {{currency, rate, as_of, source}}"
    ),
    "field.each_rate_needs": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field}: each rate needs its currency"
    ),
    "field.empty": QT_TRANSLATE_NOOP("StoreErrors", "{field} must not be empty"),
    "field.estimate_needs_currency": QT_TRANSLATE_NOOP(
        "StoreErrors", "a damage estimate needs its currency (an ISO 4217 code)"
    ),
    "field.estimate_quantity_x": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the estimate is quantity x unit cost when both are given: clear the quantity or the unit "
        "cost to enter the estimate yourself",
    ),
    "field.holds_character_that": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} holds a character that is not valid Unicode text"
    ),
    "field.iana_zone_name": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be an IANA zone name such as Europe/Kyiv"
    ),
    "field.id_uuid_string": QT_TRANSLATE_NOOP(
        "StoreErrors", "{where}: {value!r} is not an id (a UUID string)"
    ),
    "field.iso_code_such": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be an ISO 4217 code such as EUR"
    ),
    "field.list_ids": QT_TRANSLATE_NOOP("StoreErrors", "{field} must be a list of ids"),
    "field.negative_enter_amount": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} is negative: enter an amount of 0 or more"
    ),
    "field.not_an_option": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be one of {choices}; got {value!r}"
    ),
    "field.not_clearances": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be a list of {{name, cleared_on}}"
    ),
    "field.not_participants": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be a list of {{party_id, role}}"
    ),
    "field.not_rates": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be a list of {{currency, rate, as_of, source}}"
    ),
    "field.not_text": QT_TRANSLATE_NOOP("StoreErrors", "{field} must be text, not {type}"),
    "field.offset_add_one": QT_TRANSLATE_NOOP(
        "StoreErrors", "{where} {text!r} has no offset: add one (+02:00) or give a time zone"
    ),
    "field.outside_kept_dates": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{where} {value} is outside the dates casefile keeps (2 January of year 1 to 30 December "
        "9999, in UTC, so that every time zone can show it): correct the date",
    ),
    "field.quantity_x_unit": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "quantity x unit cost is too large: one estimate may be at most {limit} minor units "
        "(cents)",
    ),
    "field.rate_refused": QT_TRANSLATE_NOOP("StoreErrors", "{field}, {currency}: {refusal}"),
    "field.reference_such_as": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{field} must be a reference such as D-12 (D, a hyphen and a number from 1), not {value!r}",
    ),
    "field.refused": QT_TRANSLATE_NOOP("StoreErrors", "{field}: {refusal}"),
    "field.required": QT_TRANSLATE_NOOP("StoreErrors", "{field} is required"),
    "field.s_given_by": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "a {kind}'s {name} is given by casefile, in the order items are made: leave it out",
    ),
    "field.self_representing": QT_TRANSLATE_NOOP(
        "StoreErrors", "a party cannot represent itself: choose another party, or none"
    ),
    "field.time_zone_give": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} has no time zone: give an offset, such as 2025-11-14T01:00:00+02:00"
    ),
    "field.too_large_one": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{field} is too large: one estimate may be at most {limit} minor units (cents)",
    ),
    "field.true_false": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be true or false, not {value!r}"
    ),
    "field.two_rates_keep": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field}: {currency} has two rates; keep one per currency"
    ),
    "field.unit_cost_needs": QT_TRANSLATE_NOOP(
        "StoreErrors", "a unit cost needs its currency (an ISO 4217 code)"
    ),
    "field.unknown_field_s": QT_TRANSLATE_NOOP("StoreErrors", "unknown {kind} field(s): {choices}"),
    "field.unknown_kind_use": QT_TRANSLATE_NOOP(
        "StoreErrors", "unknown kind {kind!r}: use one of {choices}"
    ),
    "field.unknown_time_zone": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "unknown time zone {name!r}: use an IANA name such as Europe/Kyiv or Asia/Baku",
    ),
    "field.where": QT_TRANSLATE_NOOP("StoreErrors", "{kind} field {name!r}"),
    "field.whole_number_minor": QT_TRANSLATE_NOOP(
        "StoreErrors", "{field} must be a whole number of minor units (cents), not {value!r}"
    ),
    "file.cannot_read_check": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be read ({reason}): check the path"
    ),
    "file.cannot_read_permission": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be read (permission denied): check its permissions"
    ),
    "file.does_exist_check": QT_TRANSLATE_NOOP("StoreErrors", "does not exist: check the path"),
    "file.does_exist_part": QT_TRANSLATE_NOOP(
        "StoreErrors", "does not exist (a part of its path is a file): check the path"
    ),
    "file.grew_too_large": QT_TRANSLATE_NOOP(
        "StoreErrors", "is over {describe_size}; {limit_text}"
    ),
    "file.not_regular": QT_TRANSLATE_NOOP("StoreErrors", "is {kind}, not {what}: {advice}"),
    "file.too_large": QT_TRANSLATE_NOOP("StoreErrors", "is {describe_size}; {limit_text}"),
    "install.resource_missing": QT_TRANSLATE_NOOP(
        "StoreErrors", "a file casefile ships with is missing: reinstall casefile"
    ),
    "install.resources_not_on_disk": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "casefile's resources are not on disk: install casefile unpacked (pip install, not a zip "
        "archive)",
    ),
    "json.about_another_incident": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is about another incident ({title!r}, id {item_id}); this case is {this_title!r} (id "
        "{this_id}): import it into a new case file instead",
    ),
    "json.attachment_holds_other": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "attachment {item_id} holds other bytes than the one in this case: an attachment is never "
        "replaced; give the new file a new id",
    ),
    "json.attachment_refused": QT_TRANSLATE_NOOP("StoreErrors", "attachment {item_id}: {refusal}"),
    "json.attachment_s_bytes": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the attachment's bytes do not match its sha256: the document was changed or damaged",
    ),
    "json.casefile_json_document": QT_TRANSLATE_NOOP(
        "StoreErrors", "is not a casefile-json document ($.format is {got}, expected {FORMAT!r})"
    ),
    "json.casefile_json_document_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "is not a casefile-json document (the top level is not an object)"
    ),
    "json.casefile_json_version": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is casefile-json version {shown} ($.version); this casefile reads versions 1 to "
        "{VERSION} (the number): export it again from a matching casefile",
    ),
    "json.data_base_hold": QT_TRANSLATE_NOOP(
        "StoreErrors", "data_base64 must hold the file's bytes in base64"
    ),
    "json.data_base_valid": QT_TRANSLATE_NOOP("StoreErrors", "data_base64 is not valid base64"),
    "json.decimal_string_such": QT_TRANSLATE_NOOP(
        "StoreErrors", '{name} must be a decimal string such as "1250.00", not {value!r}'
    ),
    "json.field_required": QT_TRANSLATE_NOOP("StoreErrors", "field {name!r} is required"),
    "json.holds_number_more": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "holds a number of more than {limit} digits{place}: casefile-json has no such number; fix "
        "it or export it again",
    ),
    "json.holds_which_json": QT_TRANSLATE_NOOP(
        "StoreErrors", "holds {value}{place}, which is not a JSON number: fix it or export it again"
    ),
    "json.id_belongs_case": QT_TRANSLATE_NOOP(
        "StoreErrors", "id {item_id} belongs to a {other_kind} in this case, not a {kind}"
    ),
    "json.id_id_appears": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{where}.id: id {item_id} appears twice in the document (also at {first_at}): every item "
        "needs an id of its own",
    ),
    "json.incident_object_incident": QT_TRANSLATE_NOOP(
        "StoreErrors", "has no incident object ($.incident)"
    ),
    "json.key_more_than": QT_TRANSLATE_NOOP(
        "StoreErrors", "{value} has the key {key} more than once: keep one and import it again"
    ),
    "json.link_points_missing": QT_TRANSLATE_NOOP(
        "StoreErrors", "a {table} link points to a missing {parent}"
    ),
    "json.needs_currency_iso": QT_TRANSLATE_NOOP(
        "StoreErrors", "{name} needs a currency (an ISO 4217 code)"
    ),
    "json.nests_lists_objects": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{place} nests lists or objects too deeply: casefile-json nests five deep; fix it or "
        "export it again",
    ),
    "json.nests_lists_objects_2": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "nests lists or objects more than {limit} deep{place}: casefile-json nests five deep; fix "
        "it or export it again",
    ),
    "json.not_a_list": QT_TRANSLATE_NOOP("StoreErrors", "$.{collection} must be a list"),
    "json.not_an_object": QT_TRANSLATE_NOOP("StoreErrors", "{where} must be an object"),
    "json.refused_at": QT_TRANSLATE_NOOP("StoreErrors", "{where}.{at}: {refusal}"),
    "json.starts_byte_order": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "starts with a byte-order mark (line 1, column 1), which JSON does not allow: save it as "
        "UTF-8 without a BOM",
    ),
    "json.unknown_field_s": QT_TRANSLATE_NOOP(
        "StoreErrors", "{where} has unknown field(s): {names}"
    ),
    "json.unknown_id_referenced": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "unknown {target_kind} id {item_id} referenced by a {kind}: include that item or remove "
        "the reference",
    ),
    "json.unknown_top_level": QT_TRANSLATE_NOOP(
        "StoreErrors", "has unknown top-level field(s): {names}"
    ),
    "json.utf_text_line": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is not UTF-8 text (line {line}, column {column}: byte {byte}): save it as UTF-8",
    ),
    "json.valid_json_line": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is not valid JSON (line {line}, column {column}: {reason}): fix it or export it again",
    ),
    "json_plan.data_base_hold": QT_TRANSLATE_NOOP(
        "StoreErrors", "data_base64 must hold the plan's image in base64"
    ),
    "json_plan.pin_places_another": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "pin {pin_id} places another item or plan in this case: give the new pin a new id",
    ),
    "json_plan.pin_places_one": QT_TRANSLATE_NOOP(
        "StoreErrors", "a pin places one damage item or one photo: give exactly one"
    ),
    "json_plan.pin_refused": QT_TRANSLATE_NOOP("StoreErrors", "pin {pin_id}: {refusal}"),
    "json_plan.pin_unknown_site": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "pin {pin_id}: unknown site plan id {plan_id}: include that plan or remove the pin",
    ),
    "json_plan.plan_s_image": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the plan's image does not match its sha256: the document was changed or damaged",
    ),
    "json_plan.plan_s_image_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "a plan's image must be the PNG or JPEG the case stored"
    ),
    "json_plan.site_plan_holds": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "site plan {plan_id} holds another image than the one in this case: a plan's image is "
        "never replaced; give the new plan a new id",
    ),
    "json_plan.unknown_field_s": QT_TRANSLATE_NOOP(
        "StoreErrors", "{where} has unknown field(s): {names}"
    ),
    "key.already_exists_public": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "already exists and is not a public key file: choose another name for the public key; "
        "nothing was written",
    ),
    "key.already_holds_your": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "already holds your signing key: you have one ('casefile key list' shows it); to make "
        "another, move this file away first",
    ),
    "key.already_holds_your_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "already holds your signing key: another 'key new' made it just now"
    ),
    "key.casefile_public_key": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is not a casefile public key ({why}): ask its owner for the file 'casefile key export' "
        "writes",
    ),
    "key.damaged_private_key": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is damaged, not a private key casefile can read: restore your key folder from a backup, "
        "or move it away and make a new key",
    ),
    "key.does_belong_your": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "does not belong with your private key: restore your key folder from a backup",
    ),
    "key.empty_passphrase_file": QT_TRANSLATE_NOOP(
        "StoreErrors", "is empty: a passphrase file holds the passphrase"
    ),
    "key.holds_fingerprint_that": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "holds a fingerprint that does not match its key: the file was damaged or altered; ask "
        "its owner for it again",
    ),
    "key.holds_key_another": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "holds a key of another kind than Ed25519: move it away and make a new key with 'casefile "
        "key new'",
    ),
    "key.key_needs_owner": QT_TRANSLATE_NOOP(
        "StoreErrors", "a key needs its owner's name: give --name NAME"
    ),
    "key.key_s_name": QT_TRANSLATE_NOOP(
        "StoreErrors", "a key's name is at most {limit} characters"
    ),
    "key.key_s_name_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "a key's name may not hold control or format characters"
    ),
    "key.key_s_passphrase": QT_TRANSLATE_NOOP(
        "StoreErrors", "the key's passphrase is empty: give one, or none at all"
    ),
    "key.passphrase_does_unlock": QT_TRANSLATE_NOOP(
        "StoreErrors", "the passphrase does not unlock your signing key: check it and try again"
    ),
    "key.utf_text_passphrase": QT_TRANSLATE_NOOP(
        "StoreErrors", "is not UTF-8 text: a passphrase file holds the passphrase as text"
    ),
    "key.you_have_signing": QT_TRANSLATE_NOOP(
        "StoreErrors", "you have no signing key yet: make one with 'casefile key new --name NAME'"
    ),
    "key.your_public_key": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{refusal}; your public key file is damaged: restore it from a backup of your key folder",
    ),
    "key.your_signing_key": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "your signing key is protected by a passphrase: give it with --key-passphrase-file FILE "
        "or CASEFILE_KEY_PASSPHRASE",
    ),
    "kind.attachment": QT_TRANSLATE_NOOP("StoreErrors", "attachment"),
    "kind.damage_item": QT_TRANSLATE_NOOP("StoreErrors", "damage item"),
    "kind.follow_up": QT_TRANSLATE_NOOP("StoreErrors", "follow-up"),
    "kind.incident": QT_TRANSLATE_NOOP("StoreErrors", "incident"),
    "kind.meeting": QT_TRANSLATE_NOOP("StoreErrors", "meeting"),
    "kind.note": QT_TRANSLATE_NOOP("StoreErrors", "note"),
    "kind.party": QT_TRANSLATE_NOOP("StoreErrors", "party"),
    "limit.attachment": QT_TRANSLATE_NOOP(
        "StoreErrors", "attachments are limited to {limit} MiB: reduce or split the file"
    ),
    "limit.json": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "casefile-json documents are limited to {limit} MiB: move a case this large as the case "
        "file itself (File > Save a copy)",
    ),
    "limit.lock_file": QT_TRANSLATE_NOOP("StoreErrors", "not a lock file"),
    "limit.passphrase_file": QT_TRANSLATE_NOOP(
        "StoreErrors", "a passphrase file holds one line: give the right file"
    ),
    "limit.plan": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "site plans are limited to {limit} MiB: export the plan at a lower resolution",
    ),
    "limit.private_key": QT_TRANSLATE_NOOP(
        "StoreErrors", "a private key is a few lines: the file is not yours"
    ),
    "limit.public_key": QT_TRANSLATE_NOOP(
        "StoreErrors", "a public key file is a few lines: give the file 'casefile key export' wrote"
    ),
    "list.field_list": QT_TRANSLATE_NOOP("StoreErrors", "a {kind} has no field {name!r} to list"),
    "list.unknown_id_field": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "unknown {target_kind} id {item_id} in field {name!r}: link only to items of this case",
    ),
    "lock.cannot_locked_for": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be locked for editing (the folder is read-only): open it read-only"
    ),
    "lock.cannot_locked_for_2": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot be locked for editing: {name} beside it is a folder, not a lock file: move that "
        "folder away, or open the case read-only",
    ),
    "lock.cannot_opened_for": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot be opened for editing: its lock file could not be written ({reason}); free some "
        "space, or open it read-only",
    ),
    "lock.could_locked_for": QT_TRANSLATE_NOOP(
        "StoreErrors", "could not be locked for editing: try again"
    ),
    "lock.held": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is being edited by {who}: open it read-only, edit a copy, or ask them to close it",
    ),
    "lock.open_here": QT_TRANSLATE_NOOP(
        "StoreErrors", "is already open for editing in this window"
    ),
    "merge.audit_log_that": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "has an audit log that was edited (its entry {entry}): nothing was merged; restore it "
        "from a copy",
    ),
    "merge.changed_since_copies": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "changed {what} since the copies parted, which merge does not bring in: nothing was "
        "merged; make those changes in this case by hand, or merge the other way",
    ),
    "merge.changed_while_merge": QT_TRANSLATE_NOOP(
        "StoreErrors", "changed while the merge was worked out: merge again"
    ),
    "merge.conflicts": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{count} conflict(s) with the other copy: nothing was merged; choose a side with --take "
        "mine or --take theirs, or merge in the app to choose one by one",
    ),
    "merge.copy_another_incident": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is a copy of another incident ({title!r}): nothing was merged; only copies of one case "
        "file merge",
    ),
    "merge.deleted_item_kept": QT_TRANSLATE_NOOP(
        "StoreErrors", "a deleted item is kept or deleted: choose mine or theirs"
    ),
    "merge.history_common_case": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "has no history in common with this case: it is another case file (about another "
        "incident, or made apart, such as by import-json), not a copy of this one; nothing was "
        "merged",
    ),
    "merge.merge_would_leave": QT_TRANSLATE_NOOP(
        "StoreErrors", "the merge would leave a {table} link to a missing {parent}"
    ),
    "money.cost_amount": QT_TRANSLATE_NOOP("StoreErrors", "cost {text!r} is not an amount"),
    "money.cost_amount_write": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cost {text!r} is not an amount: write digits with an optional decimal point, such as "
        "1250.00",
    ),
    "money.cost_decimal_amount": QT_TRANSLATE_NOOP(
        "StoreErrors", "cost must be a decimal amount, not {text!r}"
    ),
    "money.cost_decimal_amount_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "cost must be a decimal amount as text, not {type}"
    ),
    "money.cost_negative_enter": QT_TRANSLATE_NOOP(
        "StoreErrors", "cost {text!r} is negative: enter an amount of 0 or more"
    ),
    "money.cost_too_large": QT_TRANSLATE_NOOP(
        "StoreErrors", "cost {text!r} is too large: one estimate may be at most {limit}"
    ),
    "money.example_or": QT_TRANSLATE_NOOP("StoreErrors", "{first} or {second}"),
    "money.not_a_number": QT_TRANSLATE_NOOP("StoreErrors", "{what} {text!r} is not a number"),
    "money.not_whole": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cost {text!r} has more decimals than {currency} has (0): write a whole amount",
    ),
    "money.number_write_digits": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{what} {text!r} is not a number: write digits with an optional decimal point, such as "
        "{example}",
    ),
    "money.number_written_as": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what} must be a number written as text, such as {example}"
    ),
    "money.quantity_more_than": QT_TRANSLATE_NOOP(
        "StoreErrors", "quantity {text!r} must be more than 0: leave it empty for none"
    ),
    "money.quantity_more_than_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "quantity {text!r} has more than {limit} decimals"
    ),
    "money.quantity_too_large": QT_TRANSLATE_NOOP(
        "StoreErrors", "quantity {text!r} is too large: at most {limit}"
    ),
    "money.rate_more_than": QT_TRANSLATE_NOOP("StoreErrors", "rate {text!r} must be more than 0"),
    "money.rate_more_than_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "rate {text!r} has more than {limit} significant digits or is too large"
    ),
    "money.too_many_decimals": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cost {text!r} has more decimals than {currency} has ({exponent}): write it with at most "
        "{exponent}",
    ),
    "money.unknown_currency_code": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "unknown currency code {code!r}: use a three-letter ISO 4217 code such as EUR, USD, UAH "
        "or AZN",
    ),
    "name.cannot_opened_move": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be opened: {problem}; move it to a shorter folder"
    ),
    "name.cannot_opened_name": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot be opened: its name is {size} bytes long (UTF-8), and casefile opens names of at "
        "most {limit}, to keep its journal and lock file beside it: rename the file",
    ),
    "name.choose_another_name": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what}: {problem}; choose another name"
    ),
    "name.choose_shorter_folder": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what}: {problem}; choose a shorter folder or name"
    ),
    "node.device": QT_TRANSLATE_NOOP("StoreErrors", "a device"),
    "node.fifo": QT_TRANSLATE_NOOP("StoreErrors", "a named pipe (FIFO)"),
    "node.folder": QT_TRANSLATE_NOOP("StoreErrors", "a folder"),
    "node.other": QT_TRANSLATE_NOOP("StoreErrors", "not a regular file"),
    "node.socket": QT_TRANSLATE_NOOP("StoreErrors", "a socket"),
    "notice.capture_time_dropped": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} was attached without its capture time ({stamp}), which is outside the dates "
        "casefile keeps (2 January of year 1 to 30 December 9999, in UTC)",
    ),
    "notice.cleared_stale": QT_TRANSLATE_NOOP("StoreErrors", "cleared a stale lock left by {who}"),
    "notice.damaged_readable": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "this file is damaged ({problem}); what SQLite can read is shown, but it cannot be "
        "edited: restore it from a copy",
    ),
    "notice.interrupted_applied": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "an interrupted write was found beside this file ({names}); it is shown from a private "
        "copy with it applied as SQLite would, and neither was changed",
    ),
    "notice.interrupted_read": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "an interrupted write was found beside this file ({names}, left by a crash or by another "
        "copy of the file): it is shown from a private copy with that write undone or completed "
        "as SQLite does; the file and {names} were not changed (opening it for editing recovers "
        "it)",
    ),
    "notice.interrupted_unsound": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "an interrupted write was found beside this file ({names}), but with it the case is not "
        "sound ({problem}), so it may belong to another copy of the file: the case is shown "
        "without it, and neither was changed",
    ),
    "notice.not_encrypted": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "this file is not encrypted: it was opened without the passphrase given (encrypt it to "
        "protect it with one)",
    ),
    "notice.older_schema": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "this file has an older schema (version {version}); it is shown from an upgraded "
        "temporary copy and was not changed",
    ),
    "notice.read_only_not_writable": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "opened read-only: the file or its folder cannot be written; save a copy elsewhere to "
        "edit it",
    ),
    "notice.rolled_back": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "recovered: an unfinished change left by a crash ({name}) was rolled back; the case is as "
        "it was after its last completed edit",
    ),
    "notice.staging_found": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "an interrupted change of this file left {names} beside it: opening the case for editing "
        "removes it",
    ),
    "notice.staging_found_clear": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "an interrupted change of this file left {names} beside it, which holds this encrypted "
        "case unencrypted (a decrypt was interrupted): opening the case for editing removes it",
    ),
    "notice.staging_removed": QT_TRANSLATE_NOOP(
        "StoreErrors", "removed what an interrupted change of this file left beside it ({names})"
    ),
    "notice.strange_schema": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "this file holds schema objects casefile did not create ({names}); they are ignored",
    ),
    "notice.took_over": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "took over editing from {who}, who may still have it open: ask them to close it, as only "
        "one editor's changes can be kept",
    ),
    "notice.upgraded": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "upgraded from schema {version} to {supported}; the original was kept as {backup}",
    ),
    "notice.wal_applied": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "this file is in WAL mode; it is shown from a temporary copy with its {names} applied, "
        "and neither was changed",
    ),
    "notice.wal_converted": QT_TRANSLATE_NOOP(
        "StoreErrors", "this file was in WAL mode; it was converted to a single self-contained file"
    ),
    "notice.wal_copy": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "this file is in WAL mode; it is shown from a temporary copy and was not changed",
    ),
    "notice.wal_recovered": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "recovered: the changes in {name} beside it were written into the file, which is again a "
        "single self-contained file",
    ),
    "open.as_casefile_writes": QT_TRANSLATE_NOOP(
        "StoreErrors", "is not as casefile writes a case file ({text}): restore it from a copy"
    ),
    "open.busy": QT_TRANSLATE_NOOP(
        "StoreErrors", "is busy: another program is writing to it; try again in a moment"
    ),
    "open.cannot_created_folder": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be created: the folder is read-only"
    ),
    "open.cannot_opened_check": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be opened: check that the file and its folder exist and can be read"
    ),
    "open.cannot_read_needs": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot be read: it needs a private copy, which could not be made in {folder} ({reason}): "
        "free space there, or set TMPDIR to a folder with room",
    ),
    "open.cannot_read_restore": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be read ({reason}): restore it from a copy"
    ),
    "open.cannot_read_run": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be read ({reason}): restore it from a copy"
    ),
    "open.cannot_read_run_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be read ({problem}): restore it from a copy"
    ),
    "open.cannot_written_here": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot be written here (read-only file, folder or disk): save a copy elsewhere to edit it",
    ),
    "open.case_file_open": QT_TRANSLATE_NOOP(
        "StoreErrors", "is not a case file: open a .casefile made by casefile"
    ),
    "open.casefile_needs_sqlite": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "casefile needs SQLite {needed} or newer, and this Python has {found}: run casefile with "
        "a newer Python (those from python.org include a recent SQLite)",
    ),
    "open.could_upgraded_from": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "could not be upgraded from schema {version} to {supported} ({reason}); the file was left "
        "as it was{kept}: restore it from a copy or report this",
    ),
    "open.damaged_cannot_edited": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is damaged ({problem}) and cannot be edited; it and {names} beside it were left as they "
        "were: open it read-only to see what can be read, and restore it from a copy",
    ),
    "open.damaged_problem": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is damaged ({problem}) and cannot be edited: open it read-only to see what can be read, "
        "and restore it from a copy",
    ),
    "open.damaged_run_casefile": QT_TRANSLATE_NOOP(
        "StoreErrors", "is damaged: restore it from a copy"
    ),
    "open.damaged_was_written": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is damaged, or was written by a newer SQLite than this casefile's: restore it from a copy",
    ),
    "open.disk_full_free": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the disk is full: free some space and try again; nothing was saved from this edit, "
        "earlier edits are safe",
    ),
    "open.disk_refused_write": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the disk refused the write (I/O error): check the drive or share and try again; earlier "
        "edits are safe",
    ),
    "open.empty": QT_TRANSLATE_NOOP(
        "StoreErrors", "is empty, not a case file: open another file, or create a new case"
    ),
    "open.encrypted_case_files": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "encrypted case files need sqlcipher3, which this casefile lacks: install casefile with "
        "its dependencies",
    ),
    "open.folder_does_exist": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what}: the folder {folder} does not exist; choose one that does"
    ),
    "open.folder_read_only": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what}: the folder is read-only; choose a folder you can write to"
    ),
    "open.foreign_sqlite": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is an SQLite database but not a case file: open a .casefile made by casefile",
    ),
    "open.is_folder": QT_TRANSLATE_NOOP(
        "StoreErrors", "is a folder, not a case file: open a .casefile file"
    ),
    "open.needs_passphrase": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is encrypted, or not a case file: give its passphrase (--passphrase-file F, or "
        "CASEFILE_PASSPHRASE)",
    ),
    "open.newer_version": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "was written by a newer casefile (schema {version}; this one reads up to {supported}): "
        "update casefile to open it; the file was not changed",
    ),
    "open.not_found": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "does not exist: check the path (a share or drive may be offline), or create a new case",
    ),
    "open.not_sqlite": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is not a case file (not an SQLite database): open a .casefile made by casefile",
    ),
    "open.strange_schema": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "holds schema objects casefile did not create ({names}), which could run on edit: open it "
        "read-only, or save a clean copy from a trusted version",
    ),
    "open.was_changed_opening": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "was not changed: opening it for editing converts it, so the change is first made on a "
        "private copy, which could not be made in {folder} ({reason}): free space there, or set "
        "TMPDIR to a folder with room",
    ),
    "open.was_moved_deleted": QT_TRANSLATE_NOOP(
        "StoreErrors", "was moved or deleted while open: close it and open it again"
    ),
    "open.was_opened_for": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "was not opened for editing: {names} beside it, left by an interrupted write, does not "
        "give a sound case ({problem}), so it may belong to another copy of this file. It was set "
        "aside as {aside} and the file was not changed: open the case again to edit it as it is, "
        "or, if the interrupted write was this file's own, restore the case from a copy",
    ),
    "open.was_replaced_changed": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "was replaced or changed by another program while open; to avoid overwriting that change "
        "nothing was saved: close the case and open it again",
    ),
    "open.wrong_passphrase": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "wrong passphrase or not a case file: try again with the right passphrase; the file was "
        "not changed",
    ),
    "output.cannot_nothing_was": QT_TRANSLATE_NOOP(
        "StoreErrors", "is {clash}: it cannot be {what}; nothing was changed"
    ),
    "output.choose_another_file": QT_TRANSLATE_NOOP(
        "StoreErrors", "is {clash}: choose another file name for {what}; nothing was written"
    ),
    "output.exists": QT_TRANSLATE_NOOP(
        "StoreErrors", "already exists: choose another name, or open it"
    ),
    "output.full": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what} ({reason}): free space on the disk and try again"
    ),
    "output.in_use": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "could not be replaced: another program has it open (or the folder is read-only); close "
        "it there and try again",
    ),
    "output.node_in_brackets": QT_TRANSLATE_NOOP("StoreErrors", " ({kind})"),
    "output.not_written": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what} ({reason}): check the folder and free space"
    ),
    "output.read_only": QT_TRANSLATE_NOOP(
        "StoreErrors", "{what} ({reason}): choose a folder you can write to"
    ),
    "output.regular_file_writing": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is {kind}, not a regular file, and writing would replace it: choose a file name for "
        "{what}; nothing was written",
    ),
    "output.symbolic_link_writing": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "is a symbolic link to {pointed}{value}, and writing would replace the link: {advice}; "
        "nothing was written",
    ),
    "plan.attachment_photo_only": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "attachment {item_id} is not a photo: only damage items and photos can be pinned on a plan",
    ),
    "plan.damage_item_photo": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "no damage item or photo with id {item_id} in this case (deleted, or of another case): "
        "pin an item of this case",
    ),
    "plan.height": QT_TRANSLATE_NOOP("StoreErrors", "height"),
    "plan.image_lost": QT_TRANSLATE_NOOP(
        "StoreErrors", "the site plan {name!r} has lost its image: restore it from a copy"
    ),
    "plan.item_already_pinned": QT_TRANSLATE_NOOP(
        "StoreErrors", "item {target} is already pinned on the plan {name!r}: move its pin instead"
    ),
    "plan.only_damage_items": QT_TRANSLATE_NOOP(
        "StoreErrors", "{item_id} is a {kind}: only damage items and photos can be pinned on a plan"
    ),
    "plan.pin_id_case": QT_TRANSLATE_NOOP(
        "StoreErrors", "no pin with id {pin_id} in this case (it may have been removed)"
    ),
    "plan.pin_number_give": QT_TRANSLATE_NOOP(
        "StoreErrors", "pin {axis} {value!r} is not a number: give a fraction from 0 to 1"
    ),
    "plan.pin_outside_plan": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "pin {axis} {value!r} is outside the plan: give {axis_name} from 0 to 1 (a fraction of "
        "the plan's {side})",
    ),
    "plan.site_plan_already": QT_TRANSLATE_NOOP(
        "StoreErrors", "the site plan {name!r} is already in this case"
    ),
    "plan.site_plan_id": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "no site plan with id {plan_id} in this case: 'casefile export-json' lists the plans' ids",
    ),
    "plan.unknown_image_role": QT_TRANSLATE_NOOP(
        "StoreErrors", "unknown plan image {role!r}: use one of {choices}"
    ),
    "plan.unknown_site_plan": QT_TRANSLATE_NOOP(
        "StoreErrors", "unknown site plan field(s): {choices}"
    ),
    "plan.width": QT_TRANSLATE_NOOP("StoreErrors", "width"),
    "plan_image.cannot_read_as": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} cannot be read as a plan image (damaged or truncated): export the plan "
        "again as PNG, JPEG or PDF",
    ),
    "plan_image.cannot_read_as_2": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} cannot be read as a PDF (damaged or truncated): export the plan again as "
        "PDF, PNG or JPEG",
    ),
    "plan_image.claims_more_than": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} claims more than {megapixels} megapixels{size} (a decompression bomb or a "
        "damaged image): export the plan at a lower resolution",
    ),
    "plan_image.empty_bytes_give": QT_TRANSLATE_NOOP(
        "StoreErrors", "{filename!r} is empty (0 bytes): give a PNG, JPEG or PDF plan"
    ),
    "plan_image.mib": QT_TRANSLATE_NOOP("StoreErrors", "{filename!r} is {mib} MiB; {limit_text}"),
    "plan_image.pdf_protected_by": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} is a PDF protected by a password: save it without one, or export the plan "
        "as PNG or JPEG",
    ),
    "plan_image.pdf_s_first": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r}: the PDF's first page cannot be drawn (damaged): export the plan as PNG or "
        "JPEG",
    ),
    "plan_image.pdf_s_first_2": QT_TRANSLATE_NOOP(
        "StoreErrors", "{filename!r}: the PDF's first page has no size"
    ),
    "plan_image.pdf_without_pages": QT_TRANSLATE_NOOP(
        "StoreErrors", "{filename!r} is a PDF without pages: give the plan's PDF"
    ),
    "plan_image.png_jpeg_pdf": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{filename!r} is not a PNG, JPEG or PDF file: export the plan as one of those",
    ),
    "reason.asked": QT_TRANSLATE_NOOP("StoreErrors", "opened read-only as asked"),
    "reason.not_writable": QT_TRANSLATE_NOOP(
        "StoreErrors", "the file or its folder cannot be written"
    ),
    "recovery.beside_which_regular": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "has {name} beside it, which is not a regular file: remove it, or copy the case file "
        "alone to another folder and open it there",
    ),
    "release.problems_found": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot be released: 'casefile check' finds {count} problem(s) in it (the first: "
        "{first}); put them right first",
    ),
    "seal.cannot_sealed_audit": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "cannot be sealed: its audit log does not verify ({problem}); restore it from a copy",
    ),
    "seal.cannot_sealed_run": QT_TRANSLATE_NOOP(
        "StoreErrors", "cannot be sealed: {problem}; restore it from a copy"
    ),
    "seal.holds_incidents_instead": QT_TRANSLATE_NOOP(
        "StoreErrors", "holds {count} incidents instead of one: it cannot be sealed"
    ),
    "seal.review_state_give": QT_TRANSLATE_NOOP(
        "StoreErrors", "{state!r} is not a review state: give one of {choices}, or none"
    ),
    "seal.seal_s_comment": QT_TRANSLATE_NOOP(
        "StoreErrors", "a seal's comment is at most {limit} characters"
    ),
    "settings.language_one_casefile": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "language {language!r} is not one casefile writes briefs in: use one of {choices}",
    ),
    "settings.settings_file_correct": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the settings file {problem}: correct it in a text editor, or delete it to start again "
        "from the defaults",
    ),
    "sidecar.journal": QT_TRANSLATE_NOOP("StoreErrors", "journal"),
    "sidecar.lock": QT_TRANSLATE_NOOP("StoreErrors", "lock file"),
    "sidecar.shm": QT_TRANSLATE_NOOP("StoreErrors", "shared-memory file"),
    "sidecar.wal": QT_TRANSLATE_NOOP("StoreErrors", "write-ahead log"),
    "size.bytes": QT_TRANSLATE_NOOP("StoreErrors", "{count} bytes"),
    "size.mib": QT_TRANSLATE_NOOP("StoreErrors", "{mib} MiB"),
    "what.attachment": QT_TRANSLATE_NOOP("StoreErrors", "the attachment"),
    "what.brief": QT_TRANSLATE_NOOP("StoreErrors", "the brief"),
    "what.case_file": QT_TRANSLATE_NOOP("StoreErrors", "a case file"),
    "what.file": QT_TRANSLATE_NOOP("StoreErrors", "a file"),
    "what.json_export": QT_TRANSLATE_NOOP("StoreErrors", "the JSON export"),
    "what.json_file": QT_TRANSLATE_NOOP("StoreErrors", "a JSON file"),
    "what.new_case": QT_TRANSLATE_NOOP("StoreErrors", "the new case"),
    "what.passphrase_file": QT_TRANSLATE_NOOP("StoreErrors", "a passphrase file"),
    "what.plan_image": QT_TRANSLATE_NOOP("StoreErrors", "a plan image"),
    "what.printed_list": QT_TRANSLATE_NOOP("StoreErrors", "the printed list"),
    "what.public_key": QT_TRANSLATE_NOOP("StoreErrors", "the public key"),
    "what.public_key_file": QT_TRANSLATE_NOOP("StoreErrors", "a public key file"),
    "what.table": QT_TRANSLATE_NOOP("StoreErrors", "the table"),
    "what.trusted_key": QT_TRANSLATE_NOOP("StoreErrors", "the trusted key"),
    "what.your_private_key": QT_TRANSLATE_NOOP("StoreErrors", "your private key"),
    "what.your_public_key": QT_TRANSLATE_NOOP("StoreErrors", "your public key"),
    "write.failed": QT_TRANSLATE_NOOP("StoreErrors", "could not be written"),
    "write.no_keys": QT_TRANSLATE_NOOP("StoreErrors", "cannot hold your keys"),
    "write.no_new_key": QT_TRANSLATE_NOOP("StoreErrors", "cannot hold your new key"),
    "write.no_trusted_key": QT_TRANSLATE_NOOP("StoreErrors", "cannot hold the trusted key"),
    "write.not_created": QT_TRANSLATE_NOOP("StoreErrors", "cannot be created"),
    "write.not_prepared": QT_TRANSLATE_NOOP("StoreErrors", "cannot be prepared for editing"),
    "write.not_set_aside": QT_TRANSLATE_NOOP("StoreErrors", "cannot set {name} aside"),
    "write.rewritten_copy": QT_TRANSLATE_NOOP("StoreErrors", "was not changed: its rewritten copy"),
    "entity.attachment": QT_TRANSLATE_NOOP("StoreErrors", "attachment"),
    "entity.damage_item": QT_TRANSLATE_NOOP("StoreErrors", "damage item"),
    "entity.follow_up": QT_TRANSLATE_NOOP("StoreErrors", "follow-up"),
    "entity.incident": QT_TRANSLATE_NOOP("StoreErrors", "incident"),
    "entity.meeting": QT_TRANSLATE_NOOP("StoreErrors", "meeting"),
    "entity.note": QT_TRANSLATE_NOOP("StoreErrors", "note"),
    "entity.party": QT_TRANSLATE_NOOP("StoreErrors", "party"),
    "entity.plan_pin": QT_TRANSLATE_NOOP("StoreErrors", "pin"),
    "entity.seal": QT_TRANSLATE_NOOP("StoreErrors", "seal"),
    "entity.site_plan": QT_TRANSLATE_NOOP("StoreErrors", "site plan"),
    "field_name.addressee": QT_TRANSLATE_NOOP("StoreErrors", "to"),
    "field_name.affiliation": QT_TRANSLATE_NOOP("StoreErrors", "affiliation"),
    "field_name.all_day": QT_TRANSLATE_NOOP("StoreErrors", "all day"),
    "field_name.as_of": QT_TRANSLATE_NOOP("StoreErrors", "as of"),
    "field_name.assessed_at": QT_TRANSLATE_NOOP("StoreErrors", "assessed at"),
    "field_name.assessed_by": QT_TRANSLATE_NOOP("StoreErrors", "assessed by"),
    "field_name.attachment_id": QT_TRANSLATE_NOOP("StoreErrors", "file"),
    "field_name.attachment_ids": QT_TRANSLATE_NOOP("StoreErrors", "photos and documents"),
    "field_name.body": QT_TRANSLATE_NOOP("StoreErrors", "text"),
    "field_name.caption": QT_TRANSLATE_NOOP("StoreErrors", "caption"),
    "field_name.captured_at": QT_TRANSLATE_NOOP("StoreErrors", "taken at"),
    "field_name.category": QT_TRANSLATE_NOOP("StoreErrors", "category"),
    "field_name.classification": QT_TRANSLATE_NOOP("StoreErrors", "classification"),
    "field_name.clearances": QT_TRANSLATE_NOOP("StoreErrors", "clearances"),
    "field_name.contact": QT_TRANSLATE_NOOP("StoreErrors", "contact"),
    "field_name.country": QT_TRANSLATE_NOOP("StoreErrors", "country"),
    "field_name.currency": QT_TRANSLATE_NOOP("StoreErrors", "currency"),
    "field_name.damage_item_id": QT_TRANSLATE_NOOP("StoreErrors", "damage item"),
    "field_name.date": QT_TRANSLATE_NOOP("StoreErrors", "date"),
    "field_name.deadline": QT_TRANSLATE_NOOP("StoreErrors", "deadline"),
    "field_name.decisions_sought": QT_TRANSLATE_NOOP("StoreErrors", "decisions sought"),
    "field_name.description": QT_TRANSLATE_NOOP("StoreErrors", "description"),
    "field_name.drafted_by": QT_TRANSLATE_NOOP("StoreErrors", "drafted by"),
    "field_name.drafted_on": QT_TRANSLATE_NOOP("StoreErrors", "drafted on"),
    "field_name.due_date": QT_TRANSLATE_NOOP("StoreErrors", "due date"),
    "field_name.estimated_cost": QT_TRANSLATE_NOOP("StoreErrors", "estimated cost"),
    "field_name.exchange_rates": QT_TRANSLATE_NOOP("StoreErrors", "exchange rates"),
    "field_name.filename": QT_TRANSLATE_NOOP("StoreErrors", "file name"),
    "field_name.held_at": QT_TRANSLATE_NOOP("StoreErrors", "held at"),
    "field_name.internal": QT_TRANSLATE_NOOP("StoreErrors", "internal"),
    "field_name.kind": QT_TRANSLATE_NOOP("StoreErrors", "kind"),
    "field_name.location": QT_TRANSLATE_NOOP("StoreErrors", "location"),
    "field_name.media_type": QT_TRANSLATE_NOOP("StoreErrors", "type"),
    "field_name.meeting_id": QT_TRANSLATE_NOOP("StoreErrors", "meeting"),
    "field_name.name": QT_TRANSLATE_NOOP("StoreErrors", "name"),
    "field_name.native_name": QT_TRANSLATE_NOOP("StoreErrors", "native name"),
    "field_name.note_ids": QT_TRANSLATE_NOOP("StoreErrors", "notes"),
    "field_name.occurred_at": QT_TRANSLATE_NOOP("StoreErrors", "occurred at"),
    "field_name.outcomes": QT_TRANSLATE_NOOP("StoreErrors", "outcomes"),
    "field_name.owner_id": QT_TRANSLATE_NOOP("StoreErrors", "owner"),
    "field_name.participants": QT_TRANSLATE_NOOP("StoreErrors", "participants"),
    "field_name.party_ids": QT_TRANSLATE_NOOP("StoreErrors", "parties"),
    "field_name.place": QT_TRANSLATE_NOOP("StoreErrors", "place"),
    "field_name.plan_id": QT_TRANSLATE_NOOP("StoreErrors", "plan"),
    "field_name.purpose": QT_TRANSLATE_NOOP("StoreErrors", "purpose"),
    "field_name.quantity": QT_TRANSLATE_NOOP("StoreErrors", "quantity"),
    "field_name.rate": QT_TRANSLATE_NOOP("StoreErrors", "rate"),
    "field_name.recommendation": QT_TRANSLATE_NOOP("StoreErrors", "recommendation"),
    "field_name.reference": QT_TRANSLATE_NOOP("StoreErrors", "reference"),
    "field_name.reporting_currency": QT_TRANSLATE_NOOP("StoreErrors", "reporting currency"),
    "field_name.represents_id": QT_TRANSLATE_NOOP("StoreErrors", "represents"),
    "field_name.role": QT_TRANSLATE_NOOP("StoreErrors", "role"),
    "field_name.sender": QT_TRANSLATE_NOOP("StoreErrors", "from"),
    "field_name.severity": QT_TRANSLATE_NOOP("StoreErrors", "severity"),
    "field_name.size": QT_TRANSLATE_NOOP("StoreErrors", "size"),
    "field_name.source": QT_TRANSLATE_NOOP("StoreErrors", "source"),
    "field_name.source_party_id": QT_TRANSLATE_NOOP("StoreErrors", "source"),
    "field_name.status": QT_TRANSLATE_NOOP("StoreErrors", "status"),
    "field_name.summary": QT_TRANSLATE_NOOP("StoreErrors", "summary"),
    "field_name.timezone": QT_TRANSLATE_NOOP("StoreErrors", "time zone"),
    "field_name.title": QT_TRANSLATE_NOOP("StoreErrors", "title"),
    "field_name.unit_cost": QT_TRANSLATE_NOOP("StoreErrors", "unit cost"),
    "key.name_not_fingerprint": QT_TRANSLATE_NOOP(
        "StoreErrors", "its name is not its key's fingerprint"
    ),
    "chain.clock_before_parent": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} has a clock time before that of the entry it follows: the log "
        "was edited",
    ),
    "chain.clock_not_derived": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} has a clock time that does not follow from its time and the "
        "entry before it: the log was edited",
    ),
    "chain.cut": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the audit log ends at entry {last_seq} but the file recorded entry {recorded} as "
        "its last: the newest entries were deleted",
    ),
    "chain.digests": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} ({entity} {entity_id}) was edited: its values do not match "
        "their digests",
    ),
    "chain.hash": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} ({entity} {entity_id}) was edited: its hash does not match",
    ),
    "chain.missing": QT_TRANSLATE_NOOP(
        "StoreErrors", "audit entry {missing} is missing (the next is {seq}): entries were deleted"
    ),
    "chain.not_following": QT_TRANSLATE_NOOP(
        "StoreErrors", "audit entry {seq} does not follow entry {previous}: the log was edited"
    ),
    "chain.parent_after": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} follows entry {parent}, which is not before it in the log: the "
        "log was edited",
    ),
    "chain.repeated_id": QT_TRANSLATE_NOOP(
        "StoreErrors", "audit entry {seq} repeats the id of an earlier entry: the log was edited"
    ),
    "chain.withheld": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} ({entity} {entity_id}) was edited: its values are marked "
        "withheld, but the item was not deleted",
    ),
    "check.added_outside": QT_TRANSLATE_NOOP(
        "StoreErrors", "{kind} {item_id} has no audit entry: it was added outside casefile"
    ),
    "check.attachment_changed": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "attachment {item_id} ({filename!r}) does not match its SHA-256: its bytes were changed",
    ),
    "check.attachment_lost": QT_TRANSLATE_NOOP(
        "StoreErrors", "attachment {item_id} ({filename!r}) has lost its bytes"
    ),
    "check.audit_not_verified": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "not verified, nor the hashes of the photos and documents: they are checked once "
        "the findings above are put right (restore the file from a copy)",
    ),
    "check.bad_value": QT_TRANSLATE_NOOP("StoreErrors", "{table} {key}, column {column}: {reason}"),
    "check.bad_value_row": QT_TRANSLATE_NOOP(
        "StoreErrors", "{table} row {key}, column {column}: {reason}"
    ),
    "check.changed_outside": QT_TRANSLATE_NOOP(
        "StoreErrors", "{kind} {item_id}: {field} changed outside casefile ({difference})"
    ),
    "check.defined_differently": QT_TRANSLATE_NOOP(
        "StoreErrors", "{kind} {name} is defined differently: {change}"
    ),
    "check.definition_missing": QT_TRANSLATE_NOOP("StoreErrors", "{kind} {name} is missing"),
    "check.deleted_outside": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{kind} {item_id} was deleted outside casefile: the audit log has no entry for "
        "its deletion",
    ),
    "check.has": QT_TRANSLATE_NOOP("StoreErrors", "it has {parts}"),
    "check.incident_count": QT_TRANSLATE_NOOP("StoreErrors", "{count} incidents; a case has one"),
    "check.instead_of": QT_TRANSLATE_NOOP("StoreErrors", "'{actual}' instead of '{expected}'"),
    "check.lacks": QT_TRANSLATE_NOOP("StoreErrors", "it lacks {parts}"),
    "check.lacks_and_has": QT_TRANSLATE_NOOP("StoreErrors", "it lacks {lacks}, and has {has}"),
    "check.links_added": QT_TRANSLATE_NOOP("StoreErrors", "not in the audit log: {added}"),
    "check.links_added_removed": QT_TRANSLATE_NOOP(
        "StoreErrors", "not in the audit log: {added}; missing from the file: {removed}"
    ),
    "check.links_removed": QT_TRANSLATE_NOOP("StoreErrors", "missing from the file: {removed}"),
    "check.links_reordered": QT_TRANSLATE_NOOP(
        "StoreErrors", "in another order than the audit log has"
    ),
    "check.missing_parent": QT_TRANSLATE_NOOP(
        "StoreErrors", "{table} row {rowid} points to a {parent} that is missing"
    ),
    "check.more_outside": QT_TRANSLATE_NOOP(
        "StoreErrors", "… and {count} more changes made outside casefile"
    ),
    "check.object": QT_TRANSLATE_NOOP("StoreErrors", "{kind} {name}"),
    "check.plan_image_changed": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "site plan {item_id} ({name!r}) does not match its SHA-256: its image was changed",
    ),
    "check.plan_image_lost": QT_TRANSLATE_NOOP(
        "StoreErrors", "site plan {item_id} ({name!r}) has lost its image"
    ),
    "check.schema_version": QT_TRANSLATE_NOOP(
        "StoreErrors", "schema version {version}, expected {expected}"
    ),
    "check.sqlite": QT_TRANSLATE_NOOP("StoreErrors", "SQLite reports: {message}"),
    "check.unexpected": QT_TRANSLATE_NOOP("StoreErrors", "{object} that casefile does not make"),
    "check.values_differ": QT_TRANSLATE_NOOP(
        "StoreErrors", "the audit log has {logged}, the file {now}"
    ),
    "field_label.addressee": QT_TRANSLATE_NOOP("StoreErrors", "to"),
    "field_label.affiliation": QT_TRANSLATE_NOOP("StoreErrors", "affiliation"),
    "field_label.all_day": QT_TRANSLATE_NOOP("StoreErrors", "all day"),
    "field_label.as_of": QT_TRANSLATE_NOOP("StoreErrors", "as of"),
    "field_label.assessed_at": QT_TRANSLATE_NOOP("StoreErrors", "assessed at"),
    "field_label.assessed_by": QT_TRANSLATE_NOOP("StoreErrors", "assessed by"),
    "field_label.attachment_id": QT_TRANSLATE_NOOP("StoreErrors", "file"),
    "field_label.attachment_ids": QT_TRANSLATE_NOOP("StoreErrors", "photos and documents"),
    "field_label.body": QT_TRANSLATE_NOOP("StoreErrors", "text"),
    "field_label.caption": QT_TRANSLATE_NOOP("StoreErrors", "caption"),
    "field_label.captured_at": QT_TRANSLATE_NOOP("StoreErrors", "taken at"),
    "field_label.category": QT_TRANSLATE_NOOP("StoreErrors", "category"),
    "field_label.classification": QT_TRANSLATE_NOOP("StoreErrors", "classification"),
    "field_label.clearances": QT_TRANSLATE_NOOP("StoreErrors", "clearances"),
    "field_label.contact": QT_TRANSLATE_NOOP("StoreErrors", "contact"),
    "field_label.country": QT_TRANSLATE_NOOP("StoreErrors", "country"),
    "field_label.currency": QT_TRANSLATE_NOOP("StoreErrors", "currency"),
    "field_label.damage_item_id": QT_TRANSLATE_NOOP("StoreErrors", "damage item"),
    "field_label.date": QT_TRANSLATE_NOOP("StoreErrors", "date"),
    "field_label.deadline": QT_TRANSLATE_NOOP("StoreErrors", "deadline"),
    "field_label.decisions_sought": QT_TRANSLATE_NOOP("StoreErrors", "decisions sought"),
    "field_label.description": QT_TRANSLATE_NOOP("StoreErrors", "description"),
    "field_label.drafted_by": QT_TRANSLATE_NOOP("StoreErrors", "drafted by"),
    "field_label.drafted_on": QT_TRANSLATE_NOOP("StoreErrors", "drafted on"),
    "field_label.due_date": QT_TRANSLATE_NOOP("StoreErrors", "due date"),
    "field_label.estimated_cost": QT_TRANSLATE_NOOP("StoreErrors", "estimated cost"),
    "field_label.exchange_rates": QT_TRANSLATE_NOOP("StoreErrors", "exchange rates"),
    "field_label.filename": QT_TRANSLATE_NOOP("StoreErrors", "file name"),
    "field_label.held_at": QT_TRANSLATE_NOOP("StoreErrors", "held at"),
    "field_label.internal": QT_TRANSLATE_NOOP("StoreErrors", "internal"),
    "field_label.kind": QT_TRANSLATE_NOOP("StoreErrors", "kind"),
    "field_label.location": QT_TRANSLATE_NOOP("StoreErrors", "location"),
    "field_label.media_type": QT_TRANSLATE_NOOP("StoreErrors", "type"),
    "field_label.meeting_id": QT_TRANSLATE_NOOP("StoreErrors", "meeting"),
    "field_label.name": QT_TRANSLATE_NOOP("StoreErrors", "name"),
    "field_label.native_name": QT_TRANSLATE_NOOP("StoreErrors", "native name"),
    "field_label.note_ids": QT_TRANSLATE_NOOP("StoreErrors", "notes"),
    "field_label.occurred_at": QT_TRANSLATE_NOOP("StoreErrors", "occurred at"),
    "field_label.outcomes": QT_TRANSLATE_NOOP("StoreErrors", "outcomes"),
    "field_label.owner_id": QT_TRANSLATE_NOOP("StoreErrors", "owner"),
    "field_label.participants": QT_TRANSLATE_NOOP("StoreErrors", "participants"),
    "field_label.party_ids": QT_TRANSLATE_NOOP("StoreErrors", "parties"),
    "field_label.place": QT_TRANSLATE_NOOP("StoreErrors", "place"),
    "field_label.plan_id": QT_TRANSLATE_NOOP("StoreErrors", "plan"),
    "field_label.purpose": QT_TRANSLATE_NOOP("StoreErrors", "purpose"),
    "field_label.quantity": QT_TRANSLATE_NOOP("StoreErrors", "quantity"),
    "field_label.rate": QT_TRANSLATE_NOOP("StoreErrors", "rate"),
    "field_label.recommendation": QT_TRANSLATE_NOOP("StoreErrors", "recommendation"),
    "field_label.reference": QT_TRANSLATE_NOOP("StoreErrors", "reference"),
    "field_label.reporting_currency": QT_TRANSLATE_NOOP("StoreErrors", "reporting currency"),
    "field_label.represents_id": QT_TRANSLATE_NOOP("StoreErrors", "represents"),
    "field_label.role": QT_TRANSLATE_NOOP("StoreErrors", "role"),
    "field_label.sender": QT_TRANSLATE_NOOP("StoreErrors", "from"),
    "field_label.severity": QT_TRANSLATE_NOOP("StoreErrors", "severity"),
    "field_label.size": QT_TRANSLATE_NOOP("StoreErrors", "size"),
    "field_label.source": QT_TRANSLATE_NOOP("StoreErrors", "source"),
    "field_label.source_party_id": QT_TRANSLATE_NOOP("StoreErrors", "source"),
    "field_label.status": QT_TRANSLATE_NOOP("StoreErrors", "status"),
    "field_label.summary": QT_TRANSLATE_NOOP("StoreErrors", "summary"),
    "field_label.timezone": QT_TRANSLATE_NOOP("StoreErrors", "time zone"),
    "field_label.title": QT_TRANSLATE_NOOP("StoreErrors", "title"),
    "field_label.unit_cost": QT_TRANSLATE_NOOP("StoreErrors", "unit cost"),
    "item.attachment": QT_TRANSLATE_NOOP("StoreErrors", "attachment"),
    "item.damage_item": QT_TRANSLATE_NOOP("StoreErrors", "damage item"),
    "item.follow_up": QT_TRANSLATE_NOOP("StoreErrors", "follow-up"),
    "item.incident": QT_TRANSLATE_NOOP("StoreErrors", "incident"),
    "item.meeting": QT_TRANSLATE_NOOP("StoreErrors", "meeting"),
    "item.note": QT_TRANSLATE_NOOP("StoreErrors", "note"),
    "item.party": QT_TRANSLATE_NOOP("StoreErrors", "party"),
    "item.plan_pin": QT_TRANSLATE_NOOP("StoreErrors", "pin"),
    "item.seal": QT_TRANSLATE_NOOP("StoreErrors", "seal"),
    "item.site_plan": QT_TRANSLATE_NOOP("StoreErrors", "site plan"),
    "schema_object.index": QT_TRANSLATE_NOOP("StoreErrors", "index"),
    "schema_object.table": QT_TRANSLATE_NOOP("StoreErrors", "table"),
    "schema_object.trigger": QT_TRANSLATE_NOOP("StoreErrors", "trigger"),
    "schema_object.view": QT_TRANSLATE_NOOP("StoreErrors", "view"),
    "seal_check.back_dated": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} (by {actor}) follows seal {number} ({sealed}), yet its clock "
        "time is {clock}: it was back-dated",
    ),
    "seal_check.clock_back": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{count} audit entries go back in wall-clock time (the first: entry {seq}, {at}): "
        "a computer's clock was set back",
    ),
    "seal_check.clock_back_one": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "{count} audit entry goes back in wall-clock time (the first: entry {seq}, {at}): "
        "a computer's clock was set back",
    ),
    "seal_check.entry_differs": QT_TRANSLATE_NOOP(
        "StoreErrors", "seal {label} differs from its audit entry {seq}: one of them was edited"
    ),
    "seal_check.label": QT_TRANSLATE_NOOP("StoreErrors", "{number} of {total} ({who}, {when})"),
    "seal_check.more_back_dated": QT_TRANSLATE_NOOP(
        "StoreErrors", "and {count} more entries after seal {number}"
    ),
    "seal_check.no_entry": QT_TRANSLATE_NOOP(
        "StoreErrors", "seal {label} has no entry in the audit log: it was added outside casefile"
    ),
    "seal_check.other_case": QT_TRANSLATE_NOOP(
        "StoreErrors", "seal {label} was made on another case ({case_id})"
    ),
    "seal_check.other_name": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "seal {label} names its signer {signer!r}, but their key is trusted here as {trusted_as!r}",
    ),
    "seal_check.release_count": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the release manifest accounts for {counted} withheld audit entries, and the copy "
        "withholds {actual}: it was changed after its release",
    ),
    "seal_check.release_unsealed": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "the release manifest (audit entry {seq}) is not sealed by its releaser: the copy "
        "was changed after its release, or made outside casefile",
    ),
    "seal_check.removed": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "audit entry {seq} records seal {seal_id}, which the file no longer holds: the "
        "seal was removed",
    ),
    "seal_check.rewritten": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "seal {label} signed state {head} at audit entry {seq}, which the log no longer "
        "holds: the sealed history was rewritten ({where})",
    ),
    "seal_check.rewritten_before": QT_TRANSLATE_NOOP("StoreErrors", "at or before entry {seq}"),
    "seal_check.rewritten_between": QT_TRANSLATE_NOOP(
        "StoreErrors", "somewhere in entries {first} to {last}"
    ),
    "seal_check.signature_fails": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "seal {label} does not verify: its signature fails, so the seal or the state it "
        "names was altered after signing",
    ),
    "seal_check.untrusted": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "seal {label} is signed by a key not trusted here ({fingerprint}): confirm that "
        "fingerprint with its owner, then trust their public key file in Settings "
        "(Signing keys, Trust a key…)",
    ),
    "seal_check.who": QT_TRANSLATE_NOOP("StoreErrors", "{state} by {signer}"),
    "seal_state.": QT_TRANSLATE_NOOP("StoreErrors", "sealed"),
    "seal_state.approved": QT_TRANSLATE_NOOP("StoreErrors", "approved"),
    "seal_state.changes-requested": QT_TRANSLATE_NOOP("StoreErrors", "changes requested"),
    "seal_state.released": QT_TRANSLATE_NOOP("StoreErrors", "released"),
    "seal_state.submitted": QT_TRANSLATE_NOOP("StoreErrors", "submitted"),
    "value.empty": QT_TRANSLATE_NOOP("StoreErrors", "is empty, and may not be"),
    "value.not_as_written": QT_TRANSLATE_NOOP(
        "StoreErrors", "{value} is not as casefile writes it"
    ),
    "value.not_json": QT_TRANSLATE_NOOP("StoreErrors", "is not JSON"),
    "value.not_type": QT_TRANSLATE_NOOP("StoreErrors", "{value} is not {type}"),
    "value.refused": QT_TRANSLATE_NOOP("StoreErrors", "{value}: {refusal}"),
    "value_type.bytes": QT_TRANSLATE_NOOP("StoreErrors", "bytes"),
    "value_type.day": QT_TRANSLATE_NOOP("StoreErrors", "a date (YYYY-MM-DD)"),
    "value_type.day_kept": QT_TRANSLATE_NOOP(
        "StoreErrors", "a date casefile keeps (2 January of year 1 to 30 December 9999, in UTC)"
    ),
    "value_type.flag": QT_TRANSLATE_NOOP("StoreErrors", "true or false (0 or 1)"),
    "value_type.instant": QT_TRANSLATE_NOOP("StoreErrors", "a date and time"),
    "value_type.instant_kept": QT_TRANSLATE_NOOP(
        "StoreErrors", "a date and time in UTC (2 January of year 1 to 30 December 9999, in UTC)"
    ),
    "value_type.text": QT_TRANSLATE_NOOP("StoreErrors", "text"),
    "value_type.whole": QT_TRANSLATE_NOOP("StoreErrors", "a whole number"),
}


def message_of(error: CaseFileError | Words) -> str:
    """The error's message without its path, in the user's language."""
    if isinstance(error, Words):
        return _translated(error.code, error.fields, str(error))
    if error.code is None:
        return error.message
    return _translated(error.code, error.fields, error.message)


def said(text: str) -> str:
    """Our words in the user's language: Words (a notice of the opener, a reason) by its
    code, any other text as it is."""
    return message_of(text) if isinstance(text, Words) else text


def full_message(error: CaseFileError) -> str:
    """The message with the path it is about in front, as `str(error)` gives it in
    English ("case.casefile: is damaged…")."""
    if error.path is None:
        return message_of(error)
    return f"{shown(error.path)}: {message_of(error)}"


def _translated(code: str, fields: Mapping[str, object], english: str) -> str:
    source = SOURCES.get(code)
    if source is None:
        return english
    text = QCoreApplication.translate(CONTEXT, source)
    try:
        return text.format_map({name: _shown(value) for name, value in fields.items()})
    except (KeyError, IndexError, ValueError):  # a translation naming a field it lacks
        return english


def _shown(value: object) -> object:
    """A field as the sentence shows it: our own words translated, numbers in the
    locale's digits and grouping, paths as the user knows them."""
    if isinstance(value, Words | CaseFileError):
        return message_of(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    if isinstance(value, PurePath):
        return shown(value)
    return str(value)


def placeholders(text: str) -> set[str]:
    """The field names a text (a source or its translation) refers to."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
