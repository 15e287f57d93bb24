/* tafel-uitvraag-export.h: the workbooks providers fill in between sessions
 *
 * One workbook per organisation (or a blank one) for one session, laid out
 * as tafel-uitvraag-layout.h says: input cells unlocked and styled, all
 * else locked (sheet protection without a password), lists and number
 * checks with Dutch messages, the current deelproduct texts beside the
 * inputs, and a hidden metadata sheet that names traject, session,
 * organisation and template version. Each workbook made for an
 * organisation is recorded as a TafelUitvraag (status "sent").
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

/* Called after each workbook; return FALSE to stop (the files already
 * written stay, and the call fails with G_IO_ERROR_CANCELLED). */
typedef gboolean (*TafelUitvraagProgress) (guint       done,
                                           guint       total,
                                           const char *organisation,
                                           gpointer    user_data);

/* Writes the workbook for @organisatie_id (0: a blank one, not recorded)
 * to @path, replacing it only when it was written whole. */
gboolean  tafel_uitvraag_export          (TafelStore           *store,
                                          gint64                traject_id,
                                          gint64                sessie_id,
                                          gint64                organisatie_id,
                                          const char           *path,
                                          GError              **error);

/* Writes a workbook for every invited organisation of the session into
 * @folder, named "<session> - <organisation>.xlsx" (characters a file
 * system refuses replaced by "_"). Returns the paths written. */
GPtrArray *tafel_uitvraag_export_all     (TafelStore           *store,
                                          gint64                traject_id,
                                          gint64                sessie_id,
                                          const char           *folder,
                                          TafelUitvraagProgress progress,
                                          gpointer              user_data,
                                          GError              **error);

/* The file name (no folder) tafel_uitvraag_export_all() uses. */
char      *tafel_uitvraag_file_name      (const char           *sessie_name,
                                          const char           *organisatie_name);

G_END_DECLS
