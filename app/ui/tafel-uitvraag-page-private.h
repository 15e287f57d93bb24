/* tafel-uitvraag-page-private.h: what the parts of the Uitvraag page share
 *
 * tafel-uitvraag-page.c         the widget, its template and properties,
 *                               the session choice, the actions and
 *                               shortcuts, refreshing, the running job
 * tafel-uitvraag-status-rows.c  the status row per invited organisation
 *                               and the counts above them
 * tafel-uitvraag-chooser.c      the file choosers of the export and
 *                               import actions
 * tafel-uitvraag-maker.c        making workbooks: all of them step by
 *                               step, one again, a blank one
 * tafel-uitvraag-importer.c     reading returns step by step, the
 *                               preview's answer, storing them, undo
 * tafel-uitvraag-history.c      the Import History list
 * tafel-aanbod-list.c           the offerings read from the returns (a
 *                               widget of its own, given the model)
 */
#pragma once

#include "tafel-aanbod-list.h"
#include "tafel-ref-dropdown.h"
#include "tafel-uitvraag-page.h"

G_BEGIN_DECLS

typedef enum {
  JOB_EXPORT,
  JOB_READ,
} JobKind;

/* Work done one step per main-loop idle: writing workbooks or reading
 * returns. */
typedef struct {
  JobKind     kind;
  guint       source_id;
  guint       index;
  guint       total;
  /* JOB_EXPORT */
  gint64      sessie_id;
  char       *sessie_name;
  char       *folder;
  GPtrArray  *regels;      /* TafelUitvraagRegel */
  GHashTable *taken;       /* casefolded file names written in this run */
  /* JOB_READ */
  GPtrArray  *bestanden;   /* TafelUitvraagBestand */
} Job;

typedef enum {
  CHOOSE_EXPORT_FOLDER,
  CHOOSE_EXPORT_ONE,
  CHOOSE_IMPORT_FILES,
  CHOOSE_IMPORT_FOLDER,
} ChooserPurpose;

struct _TafelUitvraagPage
{
  AdwBin               parent_instance;

  AdwActionRow        *sessie_row;
  GtkDropDown         *sessie_dropdown;
  GtkWidget           *progress_box;
  GtkProgressBar      *progress_bar;
  AdwPreferencesGroup *status_group;
  GtkListBox          *status_list;
  GtkLabel            *status_placeholder;
  AdwPreferencesGroup *result_group;
  GtkListBox          *result_list;
  GtkListBox          *history_list;
  TafelAanbodList     *aanbod_list;

  TafelTrajectModel   *model;
  TafelRefDropdown    *sessie_ref;
  GtkNativeDialog     *chooser;
  AdwMessageDialog    *preview;
  GtkCheckButton      *errors_check;
  GPtrArray           *preview_files;   /* TafelUitvraagBestand, while the preview is open */
  Job                 *job;
  GArray              *last_import;     /* gint64: returns stored by the last import, in order */
  GHashTable          *expanded;        /* gint64 *: history rows the user opened */
  char                *status_shown;    /* what the status rows show, to leave them alone when unchanged */
  char                *history_shown;   /* the same for the history rows */
  guint                refresh_id;
  guint                tick_id;
};

/* tafel-uitvraag-page.c */
TafelStore  *tafel_uitvraag_page_get_store       (TafelUitvraagPage *self);
gint64       tafel_uitvraag_page_get_traject_id  (TafelUitvraagPage *self);
/* The chosen session, or NULL. */
TafelSessie *tafel_uitvraag_page_get_sessie      (TafelUitvraagPage *self);
void         tafel_uitvraag_page_update_actions  (TafelUitvraagPage *self);
/* A toast with the error @format makes. */
void         tafel_uitvraag_page_show_error      (TafelUitvraagPage *self,
                                                  const char        *format,
                                                  ...) G_GNUC_PRINTF (2, 3);
/* Removes every row (not the placeholder). */
void         tafel_uitvraag_page_clear_list      (GtkListBox        *list);
void         tafel_uitvraag_page_set_progress    (TafelUitvraagPage *self,
                                                  guint              done,
                                                  guint              total,
                                                  const char        *text);
/* Frees the job, hides the progress and refreshes. */
void         tafel_uitvraag_page_finish_job      (TafelUitvraagPage *self);

/* tafel-uitvraag-status-rows.c */
void         tafel_uitvraag_page_refresh_status  (TafelUitvraagPage *self);

/* tafel-uitvraag-history.c */
void         tafel_uitvraag_page_refresh_history (TafelUitvraagPage *self);
void         tafel_uitvraag_page_on_undo_inlevering_action_cb (GtkWidget  *widget,
                                                               const char *action_name,
                                                               GVariant   *parameter);

/* tafel-uitvraag-chooser.c */
void         tafel_uitvraag_page_close_chooser   (TafelUitvraagPage *self);
void         tafel_uitvraag_page_on_export_all_action_cb    (GtkWidget  *widget,
                                                             const char *action_name,
                                                             GVariant   *parameter);
void         tafel_uitvraag_page_on_export_blank_action_cb  (GtkWidget  *widget,
                                                             const char *action_name,
                                                             GVariant   *parameter);
void         tafel_uitvraag_page_on_export_one_action_cb    (GtkWidget  *widget,
                                                             const char *action_name,
                                                             GVariant   *parameter);
void         tafel_uitvraag_page_on_import_files_action_cb  (GtkWidget  *widget,
                                                             const char *action_name,
                                                             GVariant   *parameter);
void         tafel_uitvraag_page_on_import_folder_action_cb (GtkWidget  *widget,
                                                             const char *action_name,
                                                             GVariant   *parameter);

/* tafel-uitvraag-importer.c */
void         tafel_uitvraag_page_close_preview   (TafelUitvraagPage *self);

G_END_DECLS
