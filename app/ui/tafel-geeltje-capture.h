/* tafel-geeltje-capture.h: the capture bar: type a sticky note, press Enter
 *
 * Session, deelproduct, question block, kind and organisation stay chosen
 * between notes; Enter in the text field stores the note and empties only
 * the text field. An organisation name that does not exist yet is added
 * with the note, in the same transaction.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_GEELTJE_CAPTURE (tafel_geeltje_capture_get_type ())
G_DECLARE_FINAL_TYPE (TafelGeeltjeCapture, tafel_geeltje_capture, TAFEL, GEELTJE_CAPTURE, AdwBin)

GtkWidget         *tafel_geeltje_capture_new        (void);
TafelTrajectModel *tafel_geeltje_capture_get_model  (TafelGeeltjeCapture *self);
void               tafel_geeltje_capture_set_model  (TafelGeeltjeCapture *self,
                                                     TafelTrajectModel   *model);
void               tafel_geeltje_capture_focus_text (TafelGeeltjeCapture *self);

/* Stores what is typed, as Enter does. Returns the new geeltje (owned by
 * the model), or NULL when nothing was stored; the reason is shown. */
TafelGeeltje      *tafel_geeltje_capture_store      (TafelGeeltjeCapture *self);

/* The chosen values: an id, or 0 for "No …". */
gint64             tafel_geeltje_capture_get_sessie_id      (TafelGeeltjeCapture *self);
gint64             tafel_geeltje_capture_get_deelproduct_id (TafelGeeltjeCapture *self);
gint64             tafel_geeltje_capture_get_vraagblok_id   (TafelGeeltjeCapture *self);
const char        *tafel_geeltje_capture_get_kind           (TafelGeeltjeCapture *self);

/* The inner widgets, for tests. */
GtkEditable       *tafel_geeltje_capture_get_text_entry         (TafelGeeltjeCapture *self);
GtkEditable       *tafel_geeltje_capture_get_organisation_entry (TafelGeeltjeCapture *self);
GtkDropDown       *tafel_geeltje_capture_get_sessie_dropdown    (TafelGeeltjeCapture *self);
GtkDropDown       *tafel_geeltje_capture_get_deelproduct_dropdown (TafelGeeltjeCapture *self);
GtkDropDown       *tafel_geeltje_capture_get_vraagblok_dropdown (TafelGeeltjeCapture *self);
GtkDropDown       *tafel_geeltje_capture_get_kind_dropdown      (TafelGeeltjeCapture *self);
GtkLabel          *tafel_geeltje_capture_get_message_label      (TafelGeeltjeCapture *self);

G_END_DECLS
