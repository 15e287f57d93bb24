/* tafel-voorstel-mixregel.h: one line of the function mix editor
 *
 * The widgets of one line in the editor's grid: the function profile (a
 * type-ahead drop-down over the traject's profiles), the education level
 * (the profile's own when the profile is chosen), the share in percent,
 * direct or indirect time, and a button that removes the line. The line
 * does not own its widgets: the grid does.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-ref-dropdown.h"

G_BEGIN_DECLS

typedef struct _TafelVoorstelMixregel TafelVoorstelMixregel;

typedef void (*TafelVoorstelMixregelFunc) (TafelVoorstelMixregel *line,
                                           gpointer               user_data);

struct _TafelVoorstelMixregel
{
  GtkDropDown               *profiel;
  GtkDropDown               *niveau;
  GtkEntry                  *aandeel;
  GtkDropDown               *tijdsoort;
  GtkButton                 *remove;

  /*< private >*/
  TafelRefDropdown          *profiel_ref;
  TafelTrajectModel         *model;
  TafelVoorstelMixregelFunc  changed;
  TafelVoorstelMixregelFunc  removed;
  gpointer                   user_data;
};

TafelVoorstelMixregel *tafel_voorstel_mixregel_new           (TafelTrajectModel         *model,
                                                              GtkGrid                   *grid,
                                                              int                        row,
                                                              gint64                     profiel_id,
                                                              const char                *niveau,
                                                              gint64                     aandeel,
                                                              const char                *tijdsoort,
                                                              TafelVoorstelMixregelFunc  changed,
                                                              TafelVoorstelMixregelFunc  removed,
                                                              gpointer                   user_data);
void                   tafel_voorstel_mixregel_free          (TafelVoorstelMixregel     *line);
gint64                 tafel_voorstel_mixregel_get_profiel_id (TafelVoorstelMixregel    *line);
const char            *tafel_voorstel_mixregel_get_niveau    (TafelVoorstelMixregel     *line);
const char            *tafel_voorstel_mixregel_get_tijdsoort (TafelVoorstelMixregel     *line);
const char            *tafel_voorstel_mixregel_get_text      (TafelVoorstelMixregel     *line);
void                   tafel_voorstel_mixregel_set_number    (TafelVoorstelMixregel     *line,
                                                              guint                      number);
gboolean               tafel_voorstel_mixregel_release_focus (TafelVoorstelMixregel     *line);
gboolean               tafel_voorstel_mixregel_shows         (GPtrArray                 *lines,
                                                              GPtrArray                 *regels);
gboolean               tafel_voorstel_mixregel_collect       (GPtrArray                 *lines,
                                                              GArray                    *invoer,
                                                              GError                   **error);
void                   tafel_voorstel_mixregel_show_totals   (GPtrArray                 *lines,
                                                              GtkLabel                  *direct_label,
                                                              GtkLabel                  *indirect_label);

G_END_DECLS
