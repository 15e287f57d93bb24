/* tafel-voorstel-mix.h: the function mix of one key, with running totals
 *
 * Lines of (function profile, education level, share in %, direct or
 * indirect time) for an organisation's proposal in a session or, with
 * "decision" set, for the region's decision. The lines are a draft until
 * "Save mix" (Ctrl+Enter) stores them with tafel_mix_replace(), which
 * refuses a mix whose shares of a kind of time do not add up to 100%; the
 * totals below the lines say how far off they are while typing. A draft
 * that was changed is stored (or its refusal shown) when another
 * deelproduct or organisation is chosen.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"
#include "tafel-voorstel-mixregel.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTEL_MIX (tafel_voorstel_mix_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelMix, tafel_voorstel_mix, TAFEL, VOORSTEL_MIX, GtkBox)

void         tafel_voorstel_mix_set_model   (TafelVoorstelMix  *self,
                                             TafelTrajectModel *model);
void         tafel_voorstel_mix_set_key     (TafelVoorstelMix  *self,
                                             gint64             deelproduct_id,
                                             gint64             organisatie_id,
                                             gint64             sessie_id);
gboolean     tafel_voorstel_mix_save        (TafelVoorstelMix  *self);
void         tafel_voorstel_mix_reload      (TafelVoorstelMix  *self);
guint        tafel_voorstel_mix_add_line    (TafelVoorstelMix  *self);
guint        tafel_voorstel_mix_get_n_lines (TafelVoorstelMix  *self);
gboolean     tafel_voorstel_mix_is_dirty    (TafelVoorstelMix  *self);
TafelVoorstelMixregel *tafel_voorstel_mix_get_line (TafelVoorstelMix *self,
                                             guint              index);
GtkLabel    *tafel_voorstel_mix_get_total_label (TafelVoorstelMix *self,
                                             const char        *tijdsoort);
GtkLabel    *tafel_voorstel_mix_get_message_label (TafelVoorstelMix *self);

G_END_DECLS
