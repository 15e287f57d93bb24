/* tafel-inlevering.h: uitvraag workbooks sent to providers, and their returns
 *
 * A TafelUitvraag is a workbook made for one organisation (or blank) for
 * one session; its key is written into the workbook so a return is
 * matched without guessing from the file name. A TafelInlevering is one
 * returned workbook read back: what it added carries its id, what it
 * replaced is listed in inlevering_vervangen (tafel-uitvraag-import.h).
 */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_UITVRAAG (tafel_uitvraag_get_type ())
G_DECLARE_FINAL_TYPE (TafelUitvraag, tafel_uitvraag, TAFEL, UITVRAAG, TafelEntity)

#define TAFEL_TYPE_INLEVERING (tafel_inlevering_get_type ())
G_DECLARE_FINAL_TYPE (TafelInlevering, tafel_inlevering, TAFEL, INLEVERING, TafelEntity)

extern const TafelChoice tafel_inlevering_statussen[];

TafelUitvraag   *tafel_uitvraag_new                   (gint64           traject_id);
gint64           tafel_uitvraag_get_sessie_id         (TafelUitvraag   *self);
gint64           tafel_uitvraag_get_organisatie_id    (TafelUitvraag   *self);
const char      *tafel_uitvraag_get_sleutel           (TafelUitvraag   *self);
const char      *tafel_uitvraag_get_bestand           (TafelUitvraag   *self);
const char      *tafel_uitvraag_get_created_at        (TafelUitvraag   *self);

TafelInlevering *tafel_inlevering_new                 (gint64           traject_id);
gint64           tafel_inlevering_get_sessie_id       (TafelInlevering *self);
gint64           tafel_inlevering_get_organisatie_id  (TafelInlevering *self);
gint64           tafel_inlevering_get_uitvraag_id     (TafelInlevering *self);
const char      *tafel_inlevering_get_bestand         (TafelInlevering *self);
const char      *tafel_inlevering_get_sha256          (TafelInlevering *self);
const char      *tafel_inlevering_get_inhoud          (TafelInlevering *self);
const char      *tafel_inlevering_get_status          (TafelInlevering *self);
gint64           tafel_inlevering_get_vervangt_id     (TafelInlevering *self);
gint64           tafel_inlevering_get_n_items         (TafelInlevering *self);
gint64           tafel_inlevering_get_n_fouten        (TafelInlevering *self);
const char      *tafel_inlevering_get_fouten          (TafelInlevering *self);
const char      *tafel_inlevering_get_advies          (TafelInlevering *self);
const char      *tafel_inlevering_get_onderwerpen     (TafelInlevering *self);
const char      *tafel_inlevering_get_vragen          (TafelInlevering *self);
const char      *tafel_inlevering_get_created_at      (TafelInlevering *self);

G_END_DECLS
