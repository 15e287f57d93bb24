/* tafel-voorstel-cell.h: an entry of the proposals grids that stores itself
 *
 * What is typed in a bound GtkEntry is stored through @store when the user
 * presses Enter (the focus then moves on to the next field, as Tab does)
 * or leaves the entry, and when the entry is hidden. Escape brings back
 * the stored value. A refused value shows the message as a toast and as
 * the entry's tooltip, with the "error" style, and the entry shows the
 * stored value again (from @show): nothing is half stored.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The stored value, as text to show. */
typedef char    *(*TafelVoorstelCellShow)  (GtkEntry    *entry,
                                            gpointer     user_data);
/* Stores @text; on refusal sets @error and changes nothing. */
typedef gboolean (*TafelVoorstelCellStore) (GtkEntry    *entry,
                                            const char  *text,
                                            gpointer     user_data,
                                            GError     **error);

void      tafel_voorstel_cell_bind      (GtkEntry               *entry,
                                         TafelVoorstelCellShow   show,
                                         TafelVoorstelCellStore  store,
                                         gpointer                user_data);
void      tafel_voorstel_cell_refresh   (GtkEntry               *entry);
void      tafel_voorstel_cell_reset     (GtkEntry               *entry);
gboolean  tafel_voorstel_cell_apply     (GtkEntry               *entry);
gboolean  tafel_voorstel_cell_is_dirty  (GtkEntry               *entry);
gboolean  tafel_voorstel_cell_has_error (GtkEntry               *entry);

G_END_DECLS
