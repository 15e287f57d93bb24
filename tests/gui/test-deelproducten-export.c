/* test-deelproducten-export.c: the Deelproducten page, its editor, the
 * product groups dialog and the Export page, driven through their widgets
 *
 * Each page lives in a plain window whose child is a toast overlay, on a
 * traject made from the "segment veel voorkomend" template (4 product
 * groups, 11 deelproducten). What a test changes is checked in the store,
 * not only on screen.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tafel-deelproduct-editor.h"
#include "tafel-deelproducten-page.h"
#include "tafel-controle.h"
#include "tafel-error.h"
#include "tafel-export-log.h"
#include "tafel-export-page.h"
#include "tafel-export-pve.h"
#include "tafel-productgroepen-dialog.h"
#include "tafel-test-util.h"
#include "tafel-text-field.h"
#include "tafel-traject-dialog.h"
#include "tafel-traject-setup.h"

typedef struct {
  char              *dir;
  TafelStore        *store;
  gint64             traject_id;
  TafelTrajectModel *model;
  GtkWindow         *window;
  AdwToastOverlay   *overlay;
  GtkWidget         *page;
} Fixture;

/* ---- helpers --------------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Lets asynchronous work (a file chooser reading its folder) finish. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_until_mapped (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_setup (Fixture      *f,
               GtkWidget    *page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "pagina.db");
  traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop Jeugdhulp 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 800);
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  f->page = page;
  adw_toast_overlay_set_child (f->overlay, page);
  g_object_set (page, "model", f->model, NULL);

  gtk_window_present (f->window);
  wait_until_mapped (page);
}

static void
deelproducten_setup (Fixture      *f,
                     gconstpointer data)
{
  fixture_setup (f, tafel_deelproducten_page_new ());
}

static void
export_setup (Fixture      *f,
              gconstpointer data)
{
  fixture_setup (f, tafel_export_page_new ());
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *page = g_object_ref (f->page);

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  g_list_free (toplevels);

  g_object_ref (f->window);
  gtk_window_destroy (f->window);
  iterate ();
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (page);

  /* Nothing (rows, editors, undo toasts) keeps the model or store alive. */
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static TafelDeelproductenPage *
dp_page (Fixture *f)
{
  return TAFEL_DEELPRODUCTEN_PAGE (f->page);
}

static TafelDeelproductEditor *
editor (Fixture *f)
{
  return tafel_deelproducten_page_get_editor (dp_page (f));
}

static gpointer
field (Fixture    *f,
       const char *column)
{
  GtkWidget *widget = tafel_deelproduct_editor_get_field (editor (f), column);

  g_assert_nonnull (widget);
  return widget;
}

static GtkListBoxRow *
row_at (Fixture *f,
        int      index)
{
  return gtk_list_box_get_row_at_index (tafel_deelproducten_page_get_list_box (dp_page (f)), index);
}

static guint
n_rows (Fixture *f)
{
  guint n = 0;

  while (row_at (f, n) != NULL)
    n++;
  return n;
}

static const char *
row_title (GtkListBoxRow *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static void
select_row (Fixture *f,
            int      index)
{
  GtkListBoxRow *row = row_at (f, index);

  g_assert_nonnull (row);
  gtk_list_box_select_row (tafel_deelproducten_page_get_list_box (dp_page (f)), row);
  g_assert_true (tafel_deelproduct_editor_get_deelproduct (editor (f)) ==
                 tafel_deelproducten_page_get_selected (dp_page (f)));
}

static gint64
selected_id (Fixture *f)
{
  TafelDeelproduct *dp = tafel_deelproducten_page_get_selected (dp_page (f));

  g_assert_nonnull (dp);
  return tafel_entity_get_id (TAFEL_ENTITY (dp));
}

/* A fresh copy from the database: what is really stored. */
static gpointer
reload (Fixture *f,
        GType    type,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  gpointer entity = tafel_store_get (f->store, type, id, &error);

  g_assert_no_error (error);
  return entity;
}

static GPtrArray *
stored_list (Fixture *f,
             GType    type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = tafel_store_list (f->store, type, f->traject_id, &error);

  g_assert_no_error (error);
  return list;
}

static gboolean
has_text (GtkWidget  *widget,
          const char *needle)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), needle) != NULL)
        return TRUE;
      if (has_text (child, needle))
        return TRUE;
    }

  return FALSE;
}

/* Whether a toast in @overlay shows @needle. */
static gboolean
toast_shows (AdwToastOverlay *overlay,
             const char      *needle)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child != content && has_text (child, needle))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static void
click_toast_button (AdwToastOverlay *overlay,
                    const char      *label)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = child != content ? find_button (child, label) : NULL;

      if (button != NULL)
        {
          g_signal_emit_by_name (button, "clicked");
          return;
        }
    }

  g_assert_not_reached ();
}

/* Types @text into an AdwEntryRow or GtkEntry and presses Enter. */
static void
type_and_enter (gpointer    editable,
                const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));

  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  g_signal_emit_by_name (delegate ? delegate : editable, "activate");
}

static void
set_buffer (TafelTextField *text_field,
            const char     *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (tafel_text_field_get_text_view (text_field)), text, -1);
}

static char *
buffer_text (TafelTextField *text_field)
{
  return tafel_text_field_dup_text (text_field);
}

static AdwToastOverlay *
dialog_overlay (GtkWidget *dialog)
{
  GtkWidget *part = tafel_productgroepen_dialog_get_part (TAFEL_PRODUCTGROEPEN_DIALOG (dialog), 0, "name");
  GtkWidget *overlay = gtk_widget_get_ancestor (part, ADW_TYPE_TOAST_OVERLAY);

  g_assert_nonnull (overlay);
  return ADW_TOAST_OVERLAY (overlay);
}

/* ---- Deelproducten page ----------------------------------------------------------- */

static void
test_list (Fixture      *f,
           gconstpointer data)
{
  GtkListBoxRow *row;
  GtkWidget *header;

  g_assert_cmpuint (n_rows (f), ==, 11);
  g_assert_cmpstr (row_title (row_at (f, 0)), ==, "Kortdurende systeembegeleiding");
  g_assert_cmpstr (row_title (row_at (f, 10)), ==, "Onderwijsgericht dagprogramma");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_at (f, 0))), ==, "Local");

  /* Headers name the product group where a new one starts. */
  header = gtk_list_box_row_get_header (row_at (f, 0));
  g_assert_true (GTK_IS_LABEL (header));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "Jeugd- en Opvoedhulp");
  g_assert_null (gtk_list_box_row_get_header (row_at (f, 1)));
  header = gtk_list_box_row_get_header (row_at (f, 3));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "Begeleiding");

  /* Completeness: doelgroepen and beoogd resultaat of the seven. */
  g_assert_true (has_text (GTK_WIDGET (row_at (f, 0)), "2/7"));
  g_assert_true (has_text (GTK_WIDGET (row_at (f, 3)), "0/7"));

  /* The first one is selected and shown. */
  row = gtk_list_box_get_selected_row (tafel_deelproducten_page_get_list_box (dp_page (f)));
  g_assert_true (row == row_at (f, 0));
  g_assert_cmpstr (gtk_editable_get_text (field (f, "name")), ==, "Kortdurende systeembegeleiding");
  g_assert_cmpuint (adw_combo_row_get_selected (field (f, "productgroep_id")), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (field (f, "inkoopniveau")), ==, 1);  /* lokaal */
  {
    g_autofree char *text = buffer_text (field (f, "doelgroepen"));
    g_assert_true (g_str_has_prefix (text, "Gezinnen waarin"));
  }

  /* Selecting another one shows it. */
  select_row (f, 8);
  g_assert_cmpstr (gtk_editable_get_text (field (f, "name")), ==, "Specialistische GGZ");
  g_assert_cmpuint (adw_combo_row_get_selected (field (f, "productgroep_id")), ==, 3);
}

static void
test_productcode (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(TafelDeelproduct) stored = NULL;
  g_autoptr(TafelDeelproduct) again = NULL;
  AdwEntryRow *code_row;
  gint64 id;

  select_row (f, 1);
  id = selected_id (f);
  code_row = field (f, "productcode");

  /* Leading zero kept: a code is text. */
  type_and_enter (code_row, "054001");
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (stored), ==, "054001");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code_row)), ==, "054001");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_at (f, 1))), ==, "Regional · 054001");
  g_assert_true (has_text (GTK_WIDGET (row_at (f, 1)), "2/7"));  /* doelgroepen and the code */

  /* A dash is refused: the stored code stays and is shown again. */
  type_and_enter (code_row, "45-A53");
  again = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (again), ==, "054001");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code_row)), ==, "054001");
  g_assert_true (toast_shows (f->overlay, "productcode"));

  /* Too long is refused as well. */
  type_and_enter (code_row, "ABCDEFGHIJK12");
  g_clear_object (&again);
  again = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (again), ==, "054001");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code_row)), ==, "054001");
}

static void
test_text_aspect (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(TafelDeelproduct) stored = NULL;
  TafelTextField *doelgroepen = field (f, "doelgroepen");
  TafelTextField *activiteiten = field (f, "activiteiten");
  TafelTextField *kwaliteit = field (f, "kwaliteit");
  TafelDeelproduct *dp;
  gint64 id;

  select_row (f, 3);
  id = selected_id (f);
  dp = tafel_deelproducten_page_get_selected (dp_page (f));

  /* Typed text is stored when focus leaves the field. */
  gtk_widget_grab_focus (GTK_WIDGET (tafel_text_field_get_text_view (doelgroepen)));
  set_buffer (doelgroepen, "Jeugdigen van 4 tot 18 jaar\nmet gedragsproblemen  ");
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "doelgroepen"), ==, "");
  gtk_widget_grab_focus (field (f, "name"));
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "doelgroepen"), ==,
                   "Jeugdigen van 4 tot 18 jaar\nmet gedragsproblemen");
  {
    g_autofree char *shown = buffer_text (doelgroepen);
    g_assert_cmpstr (shown, ==, "Jeugdigen van 4 tot 18 jaar\nmet gedragsproblemen");
  }
  g_assert_true (has_text (GTK_WIDGET (row_at (f, 3)), "1/7"));

  /* A change from elsewhere shows at once in a field nobody typed in ... */
  g_assert_true (tafel_store_set_string (f->store, dp, "kwaliteit", "SKJ-registratie", NULL));
  {
    g_autofree char *shown = buffer_text (kwaliteit);
    g_assert_cmpstr (shown, ==, "SKJ-registratie");
  }

  /* ... but does not clobber text that is being typed, which is stored next. */
  gtk_widget_grab_focus (GTK_WIDGET (tafel_text_field_get_text_view (activiteiten)));
  set_buffer (activiteiten, "Wat ik aan het typen ben");
  g_assert_true (tafel_store_set_string (f->store, dp, "activiteiten", "Van elders", NULL));
  {
    g_autofree char *shown = buffer_text (activiteiten);
    g_assert_cmpstr (shown, ==, "Wat ik aan het typen ben");
  }
  g_assert_true (tafel_text_field_is_dirty (activiteiten));
  g_assert_true (tafel_text_field_commit (activiteiten));  /* what Ctrl+Enter does */
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "activiteiten"), ==, "Wat ik aan het typen ben");
  g_assert_false (tafel_text_field_is_dirty (activiteiten));
  g_assert_false (tafel_text_field_commit (activiteiten));

  /* Switching to another deelproduct stores what was typed first. */
  set_buffer (activiteiten, "Nog even snel");
  select_row (f, 4);
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "activiteiten"), ==, "Nog even snel");
  {
    g_autofree char *shown = buffer_text (activiteiten);
    g_assert_cmpstr (shown, ==, "");
  }
}

static void
test_text_too_long (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(TafelDeelproduct) stored = NULL;
  TafelTextField *intensiteit = field (f, "intensiteit");
  int max = tafel_text_field_get_max_length (intensiteit);
  g_autofree char *long_text = NULL;
  gint64 id;

  g_assert_cmpint (max, >, 0);
  select_row (f, 0);
  id = selected_id (f);

  long_text = g_strnfill (max + 1, 'x');
  gtk_widget_grab_focus (GTK_WIDGET (tafel_text_field_get_text_view (intensiteit)));
  set_buffer (intensiteit, long_text);
  g_assert_true (has_text (GTK_WIDGET (intensiteit), "too long"));
  gtk_widget_grab_focus (field (f, "name"));

  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "intensiteit"), ==, "");
  g_assert_true (toast_shows (f->overlay, "intensity"));
  {
    g_autofree char *shown = buffer_text (intensiteit);
    g_assert_cmpstr (shown, ==, "");
  }
}

static void
test_max_duur_frequentie (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(TafelDeelproduct) stored = NULL;
  gint64 id;

  select_row (f, 2);
  id = selected_id (f);
  g_assert_cmpstr (tafel_deelproduct_editor_get_sentence (editor (f)), ==, "No maximum duration or frequency is set.");

  gtk_spin_button_set_value (field (f, "max_duur"), 12);
  gtk_drop_down_set_selected (field (f, "max_duur_unit"), 0);         /* months */
  gtk_spin_button_set_value (field (f, "max_frequentie"), 2);
  gtk_drop_down_set_selected (field (f, "max_frequentie_unit"), 0);   /* per year */

  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (stored), "max_duur"), ==, 12);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "max_duur_unit"), ==, "maanden");
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (stored), "max_frequentie"), ==, 2);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "max_frequentie_unit"), ==, "jaar");
  g_assert_cmpstr (tafel_deelproduct_editor_get_sentence (editor (f)), ==,
                   "In the verordening: at most 12 months and at most 2 times per year.");

  /* Another unit is stored and the sentence follows. */
  gtk_drop_down_set_selected (field (f, "max_duur_unit"), 1);
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "max_duur_unit"), ==, "weken");
  g_assert_cmpstr (tafel_deelproduct_editor_get_sentence (editor (f)), ==,
                   "In the verordening: at most 12 weeks and at most 2 times per year.");

  /* The spin button cannot go past what the store accepts. */
  gtk_spin_button_set_value (field (f, "max_duur"), 5000);
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (stored), "max_duur"), ==, 999);
}

static void
test_choices (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(TafelDeelproduct) stored = NULL;
  g_autoptr(GPtrArray) groups = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  AdwComboRow *variant = field (f, "uitvoeringsvariant");
  GtkStringObject *first;
  gint64 id;

  select_row (f, 0);
  id = selected_id (f);

  /* "As the traject" says which variant the traject has. */
  first = g_list_model_get_item (adw_combo_row_get_model (variant), 0);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "As the traject (Effort-based)");
  g_object_unref (first);

  adw_combo_row_set_selected (variant, 2);
  adw_combo_row_set_selected (field (f, "inkoopniveau"), 3);
  adw_combo_row_set_selected (field (f, "productgroep_id"), 4);  /* Onderwijs */

  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_uitvoeringsvariant (stored), ==, "outputgericht");
  g_assert_cmpstr (tafel_deelproduct_get_inkoopniveau (stored), ==, "bovenregionaal");
  g_assert_cmpint (tafel_deelproduct_get_productgroep_id (stored), ==,
                   tafel_entity_get_id (g_ptr_array_index (groups, 3)));

  /* It moved under Onderwijs in the list, and stays selected. */
  g_assert_cmpint (selected_id (f), ==, id);
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (tafel_deelproducten_page_get_list_box (dp_page (f)))), ==, 10);

  /* No product group. */
  adw_combo_row_set_selected (field (f, "productgroep_id"), 0);
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpint (tafel_deelproduct_get_productgroep_id (stored), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_header (row_at (f, 10)))), ==,
                   "No product group");
}

static void
test_move (Fixture      *f,
           gconstpointer data)
{
  g_autoptr(GPtrArray) before = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) unchanged = NULL;

  select_row (f, 0);
  g_assert_true (gtk_widget_activate_action (f->page, "deelproducten.move-down", NULL));

  after = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
  g_assert_cmpstr (tafel_deelproduct_get_name (g_ptr_array_index (after, 0)), ==, "Duurzame systeembegeleiding");
  g_assert_cmpstr (tafel_deelproduct_get_name (g_ptr_array_index (after, 1)), ==, "Kortdurende systeembegeleiding");
  for (guint i = 2; i < after->len; i++)
    g_assert_cmpint (tafel_entity_get_id (g_ptr_array_index (after, i)), ==,
                     tafel_entity_get_id (g_ptr_array_index (before, i)));
  g_assert_cmpstr (row_title (row_at (f, 1)), ==, "Kortdurende systeembegeleiding");
  g_assert_true (gtk_list_box_get_selected_row (tafel_deelproducten_page_get_list_box (dp_page (f))) == row_at (f, 1));

  /* Up again restores the order. */
  g_assert_true (gtk_widget_activate_action (f->page, "deelproducten.move-up", NULL));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
  g_assert_cmpstr (tafel_deelproduct_get_name (g_ptr_array_index (after, 0)), ==, "Kortdurende systeembegeleiding");

  /* Moving stays within the product group: the last of a group and the
   * first of the list do not move. */
  select_row (f, 2);
  gtk_widget_activate_action (f->page, "deelproducten.move-down", NULL);
  select_row (f, 0);
  gtk_widget_activate_action (f->page, "deelproducten.move-up", NULL);
  unchanged = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
  for (guint i = 0; i < unchanged->len; i++)
    g_assert_cmpint (tafel_entity_get_id (g_ptr_array_index (unchanged, i)), ==,
                     tafel_entity_get_id (g_ptr_array_index (before, i)));
  g_assert_cmpstr (row_title (row_at (f, 2)), ==,
                   "Opvoedhulp voor ernstige opvoedingsproblematiek en/of ter voorkoming uithuisplaatsing");
}

static void
test_add (Fixture      *f,
          gconstpointer data)
{
  g_autoptr(GPtrArray) groups = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  g_autoptr(TafelDeelproduct) first = NULL;
  g_autoptr(GPtrArray) all = NULL;
  GtkWidget *focus;
  gint64 id;

  select_row (f, 8);  /* Specialistische GGZ */
  g_assert_true (gtk_widget_activate_action (f->page, "deelproducten.add", NULL));

  g_assert_cmpuint (n_rows (f), ==, 12);
  id = selected_id (f);
  first = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_name (first), ==, "New deelproduct");
  g_assert_cmpint (tafel_deelproduct_get_productgroep_id (first), ==,
                   tafel_entity_get_id (g_ptr_array_index (groups, 2)));
  /* It is the last of GGZ, and typing starts in its name. */
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (tafel_deelproducten_page_get_list_box (dp_page (f)))), ==, 10);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, field (f, "name")));

  g_assert_true (gtk_widget_activate_action (f->page, "deelproducten.add", NULL));
  g_assert_cmpuint (n_rows (f), ==, 13);
  g_assert_cmpstr (tafel_deelproduct_get_name (tafel_deelproducten_page_get_selected (dp_page (f))), ==,
                   "New deelproduct 2");

  all = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
  g_assert_cmpuint (all->len, ==, 13);
}

static void
test_delete_undo (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (f->traject_id);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) restored = NULL;
  g_autoptr(TafelGeeltje) geeltje_back = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  select_row (f, 5);
  id = selected_id (f);
  g_object_set (geeltje, "text", "Let op de wachttijden", "deelproduct-id", id, NULL);
  g_assert_true (tafel_store_insert (f->store, geeltje, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (f->page, "deelproducten.delete", NULL));
  after = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
  g_assert_cmpuint (after->len, ==, 10);
  g_assert_cmpuint (n_rows (f), ==, 10);
  g_assert_true (toast_shows (f->overlay, "Deelproduct “Duurzame individuele begeleiding” deleted; 1 sticky note was on it"));
  /* The next one is selected. */
  g_assert_cmpstr (tafel_deelproduct_get_name (tafel_deelproducten_page_get_selected (dp_page (f))), ==,
                   "Ambulante begeleiding op school");

  /* The geeltje keeps pointing at it while undo is possible. */
  geeltje_back = reload (f, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (geeltje)));
  g_assert_cmpint (tafel_geeltje_get_deelproduct_id (geeltje_back), ==, id);

  click_toast_button (f->overlay, "_Undo");
  restored = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
  g_assert_cmpuint (restored->len, ==, 11);
  g_assert_cmpuint (n_rows (f), ==, 11);
  g_assert_cmpint (selected_id (f), ==, id);
  g_assert_cmpstr (row_title (row_at (f, 5)), ==, "Duurzame individuele begeleiding");
}

static void
test_names (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(TafelDeelproduct) stored = NULL;
  AdwEntryRow *name_row = field (f, "name");
  TafelDeelproduct *dp;
  gint64 id;

  select_row (f, 1);
  id = selected_id (f);
  dp = tafel_deelproducten_page_get_selected (dp_page (f));

  /* A name that is taken (in any case) is refused and shown as stored. */
  type_and_enter (name_row, "kortdurende SYSTEEMBEGELEIDING");
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_name (stored), ==, "Duurzame systeembegeleiding");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Duurzame systeembegeleiding");
  g_assert_true (toast_shows (f->overlay, "kortdurende SYSTEEMBEGELEIDING"));

  /* An empty name is refused too. */
  type_and_enter (name_row, "   ");
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_name (stored), ==, "Duurzame systeembegeleiding");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Duurzame systeembegeleiding");

  /* A good name is stored trimmed; the list and the toolbar follow. */
  type_and_enter (name_row, "  Duurzame systeembegeleiding <LVB>  ");
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_deelproduct_get_name (stored), ==, "Duurzame systeembegeleiding <LVB>");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Duurzame systeembegeleiding <LVB>");
  g_assert_cmpstr (row_title (row_at (f, 1)), ==, "Duurzame systeembegeleiding &lt;LVB&gt;");

  /* A rename made elsewhere shows up in the editor. */
  g_assert_true (tafel_store_set_string (f->store, dp, "name", "Duurzame systeembegeleiding LVB", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Duurzame systeembegeleiding LVB");
}

static void
test_groups_dialog (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GPtrArray) groups = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(TafelProductgroep) stored = NULL;
  TafelProductgroepenDialog *dialog;
  GtkWidget *name;
  GList *toplevels;

  /* The page's action opens the dialog. */
  g_assert_true (gtk_widget_activate_action (f->page, "deelproducten.edit-groups", NULL));
  toplevels = gtk_window_list_toplevels ();
  dialog = NULL;
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TAFEL_IS_PRODUCTGROEPEN_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);
  wait_until_mapped (GTK_WIDGET (dialog));

  /* Rename: stored, and the page's header follows. */
  name = tafel_productgroepen_dialog_get_part (dialog, 0, "name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Jeugd- en Opvoedhulp");
  type_and_enter (name, "Jeugd- en opvoedhulp (J&O)");
  stored = reload (f, TAFEL_TYPE_PRODUCTGROEP, tafel_entity_get_id (g_ptr_array_index (groups, 0)));
  g_assert_cmpstr (tafel_productgroep_get_name (stored), ==, "Jeugd- en opvoedhulp (J&O)");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_header (row_at (f, 0)))), ==,
                   "Jeugd- en opvoedhulp (J&O)");

  /* A taken name is refused and shown as stored. */
  name = tafel_productgroepen_dialog_get_part (dialog, 1, "name");
  type_and_enter (name, "ggz");
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_PRODUCTGROEP, tafel_entity_get_id (g_ptr_array_index (groups, 1)));
  g_assert_cmpstr (tafel_productgroep_get_name (stored), ==, "Begeleiding");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Begeleiding");
  g_assert_true (toast_shows (dialog_overlay (GTK_WIDGET (dialog)), "ggz"));

  /* Abbreviation. */
  type_and_enter (tafel_productgroepen_dialog_get_part (dialog, 1, "abbreviation"), "BEG");
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_PRODUCTGROEP, tafel_entity_get_id (g_ptr_array_index (groups, 1)));
  g_assert_cmpstr (tafel_productgroep_get_abbreviation (stored), ==, "BEG");

  /* Moving on from the name to the abbreviation stores the name. */
  name = tafel_productgroepen_dialog_get_part (dialog, 0, "name");
  gtk_widget_grab_focus (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Jeugd en opvoeding");
  gtk_widget_grab_focus (tafel_productgroepen_dialog_get_part (dialog, 0, "abbreviation"));
  g_clear_object (&stored);
  stored = reload (f, TAFEL_TYPE_PRODUCTGROEP, tafel_entity_get_id (g_ptr_array_index (groups, 0)));
  g_assert_cmpstr (tafel_productgroep_get_name (stored), ==, "Jeugd en opvoeding");

  /* Move GGZ up: stored order, and the page lists GGZ second. */
  g_signal_emit_by_name (tafel_productgroepen_dialog_get_part (dialog, 2, "up"), "clicked");
  after = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  g_assert_cmpstr (tafel_productgroep_get_name (g_ptr_array_index (after, 1)), ==, "GGZ");
  g_assert_cmpstr (tafel_productgroep_get_name (g_ptr_array_index (after, 2)), ==, "Begeleiding");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tafel_productgroepen_dialog_get_part (dialog, 1, "name"))), ==, "GGZ");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_header (row_at (f, 3)))), ==, "GGZ");
  g_assert_false (gtk_widget_get_sensitive (tafel_productgroepen_dialog_get_part (dialog, 0, "up")));
  g_assert_false (gtk_widget_get_sensitive (tafel_productgroepen_dialog_get_part (dialog, 3, "down")));

  /* Delete Onderwijs: its deelproduct is listed without a group until undo. */
  g_signal_emit_by_name (tafel_productgroepen_dialog_get_part (dialog, 3, "delete"), "clicked");
  g_clear_pointer (&after, g_ptr_array_unref);
  after = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  g_assert_cmpuint (after->len, ==, 3);
  g_assert_null (tafel_productgroepen_dialog_get_part (dialog, 3, "name"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_header (row_at (f, 10)))), ==,
                   "No product group");
  g_assert_true (toast_shows (dialog_overlay (GTK_WIDGET (dialog)),
                              "Product group “Onderwijs” deleted; its 1 deelproduct is now without a group"));

  click_toast_button (dialog_overlay (GTK_WIDGET (dialog)), "_Undo");
  g_clear_pointer (&after, g_ptr_array_unref);
  after = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  g_assert_cmpuint (after->len, ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tafel_productgroepen_dialog_get_part (dialog, 3, "name"))), ==, "Onderwijs");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_header (row_at (f, 10)))), ==, "Onderwijs");

  /* Add: a unique default name, with focus in it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "groups.add", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "groups.add", NULL));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  g_assert_cmpuint (after->len, ==, 6);
  g_assert_cmpstr (tafel_productgroep_get_name (g_ptr_array_index (after, 4)), ==, "New product group");
  g_assert_cmpstr (tafel_productgroep_get_name (g_ptr_array_index (after, 5)), ==, "New product group 2");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         tafel_productgroepen_dialog_get_part (dialog, 5, "name")));

  /* Text typed but not yet stored is kept when the dialog closes. */
  gtk_editable_set_text (GTK_EDITABLE (tafel_productgroepen_dialog_get_part (dialog, 5, "name")), "Dagbesteding");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  g_clear_pointer (&after, g_ptr_array_unref);
  after = stored_list (f, TAFEL_TYPE_PRODUCTGROEP);
  g_assert_cmpstr (tafel_productgroep_get_name (g_ptr_array_index (after, 5)), ==, "Dagbesteding");
}

static void
test_page_model_switch (Fixture      *f,
                        gconstpointer data)
{
  TafelTextField *kwaliteit = field (f, "kwaliteit");
  g_autoptr(TafelDeelproduct) stored = NULL;
  gint64 id;

  select_row (f, 0);
  id = selected_id (f);

  /* Closing the traject stores what was typed. */
  set_buffer (kwaliteit, "HKZ-certificaat");
  tafel_deelproducten_page_set_model (dp_page (f), NULL);
  stored = reload (f, TAFEL_TYPE_DEELPRODUCT, id);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (stored), "kwaliteit"), ==, "HKZ-certificaat");
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_null (tafel_deelproducten_page_get_selected (dp_page (f)));
  /* Without a traject nothing can be added. */
  gtk_widget_activate_action (f->page, "deelproducten.add", NULL);
  g_assert_cmpuint (n_rows (f), ==, 0);
  {
    g_autoptr(GPtrArray) all = stored_list (f, TAFEL_TYPE_DEELPRODUCT);
    g_assert_cmpuint (all->len, ==, 11);
  }

  tafel_deelproducten_page_set_model (dp_page (f), f->model);
  g_assert_cmpuint (n_rows (f), ==, 11);
}

/* ---- Export page ---------------------------------------------------------------------- */

static TafelExportPage *
export_page (Fixture *f)
{
  return TAFEL_EXPORT_PAGE (f->page);
}

static void
test_export_counts (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(GError) error = NULL;
  TafelTraject *traject = tafel_traject_model_get_traject (f->model);

  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "traject"), ==, "Inkoop Jeugdhulp 2027");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "sessies"), ==, "1");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "deelproducten"), ==, "11");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "organisaties"), ==, "0");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "geeltjes"), ==, "0");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "geeltjes-open"), ==, "0 open, not yet processed");

  g_object_set (geeltje, "text", "Meer aandacht voor LVB", NULL);
  g_assert_true (tafel_store_insert (f->store, geeltje, &error));
  org = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Zorgkracht", NULL, &error);
  g_assert_no_error (error);
  sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_true (tafel_store_set_string (f->store, traject, "name", "Inkoop <MSJ> 2027", &error));

  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "traject"), ==, "Inkoop <MSJ> 2027");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "sessies"), ==, "2");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "organisaties"), ==, "1");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "geeltjes"), ==, "1");
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "geeltjes-open"), ==, "1 open, not yet processed");

  g_assert_true (tafel_store_set_string (f->store, geeltje, "status", "verwerkt", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_export_page_get_shown (export_page (f), "geeltjes-open"), ==, "0 open, not yet processed");
}

static void
test_export_file_names (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2025, 3, 7, 10, 30, 0);
  g_autofree char *plain = tafel_export_default_file_name ("Inkoop Jeugdhulp 2027", date);
  g_autofree char *odd = tafel_export_default_file_name ("Inkoop 2027/2028: \"MSJ\"?", date);
  g_autofree char *dots = tafel_export_default_file_name (" Regio Flevoland... ", date);
  g_autofree char *empty = tafel_export_default_file_name ("", date);
  g_autofree char *unicode = tafel_export_default_file_name ("Cliënten ĸ į", date);
  g_autofree char *a = tafel_export_ensure_xlsx ("/tmp/PvE");
  g_autofree char *b = tafel_export_ensure_xlsx ("/tmp/PvE.XLSX");
  g_autofree char *c = tafel_export_ensure_xlsx ("/tmp/PvE.xls");

  g_assert_cmpstr (plain, ==, "PvE Inkoop Jeugdhulp 2027 2025-03-07.xlsx");
  g_assert_cmpstr (odd, ==, "PvE Inkoop 2027-2028- -MSJ-- 2025-03-07.xlsx");
  g_assert_cmpstr (dots, ==, "PvE Regio Flevoland 2025-03-07.xlsx");
  g_assert_cmpstr (empty, ==, "PvE 2025-03-07.xlsx");
  g_assert_cmpstr (unicode, ==, "PvE Cliënten ĸ į 2025-03-07.xlsx");
  g_assert_cmpstr (a, ==, "/tmp/PvE.xlsx");
  g_assert_cmpstr (b, ==, "/tmp/PvE.XLSX");
  g_assert_cmpstr (c, ==, "/tmp/PvE.xls.xlsx");
}

static void
test_export_refused (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "bestaat-niet", "PvE.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (tafel_export_page_export_to (export_page (f), path, &error));
  g_assert_nonnull (error);
  g_assert_true (toast_shows (f->overlay, error->message));
  g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (toast_shows (f->overlay, "Programma van Eisen saved"));
}

static void
test_export_written (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "PvE Inkoop", NULL);
  g_autofree char *written = g_build_filename (f->dir, "PvE Inkoop.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_export_page_export_to (export_page (f), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, 1);
  g_assert_true (toast_shows (f->overlay, "Programma van Eisen saved"));
  g_assert_true (has_text (f->page, "PvE Inkoop.xlsx"));

  g_assert_true (tafel_export_page_export_to (export_page (f), written, &error));
  g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, 2);
}

/* The file chooser that is shown, or NULL. */
static GtkFileChooser *
find_file_chooser (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkFileChooser *chooser = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      chooser = l->data;
  g_list_free (toplevels);

  return chooser;
}

/* The button's action opens a file chooser (here GTK's own dialog: there is
 * no portal) with a default name; Cancel exports nothing, Export writes
 * the workbook where the chooser says, with ".xlsx" added. */
static void
test_export_chooser (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *expected = tafel_export_default_file_name ("Inkoop Jeugdhulp 2027", today);
  g_autofree char *written = g_build_filename (f->dir, "Mijn PvE.xlsx", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  g_assert_true (gtk_widget_activate_action (f->page, "export.export-pve", NULL));
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, expected);
  g_assert_nonnull (gtk_file_chooser_get_filter (chooser));

  settle ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  iterate ();
  g_assert_null (find_file_chooser ());
  g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, 0);

  g_assert_true (gtk_widget_activate_action (f->page, "export.export-pve", NULL));
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  settle ();
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, "Mijn PvE");
  settle ();
  /* Never write outside the test's folder, also when this test fails. */
  {
    g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
    g_autofree char *expected_path = g_build_filename (f->dir, "Mijn PvE", NULL);

    g_assert_nonnull (file);
    g_assert_cmpstr (g_file_peek_path (file), ==, expected_path);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  settle ();  /* the chooser checks the folder before it answers */
  g_assert_null (find_file_chooser ());
  g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, 1);
  g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));
  g_assert_true (toast_shows (f->overlay, "Programma van Eisen saved"));

  /* The same name again, without ".xlsx": the chooser did not see that
   * file, so the page asks before it replaces it. */
  for (guint i = 0; i < 2; i++)
    {
      const char *answer = i == 0 ? "cancel" : "replace";
      AdwMessageDialog *ask = NULL;
      GList *toplevels;

      g_assert_true (gtk_widget_activate_action (f->page, "export.export-pve", NULL));
      chooser = find_file_chooser ();
      settle ();
      g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
      gtk_file_chooser_set_current_name (chooser, "Mijn PvE");
      settle ();
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
      settle ();

      toplevels = gtk_window_list_toplevels ();
      for (GList *l = toplevels; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          ask = l->data;
      g_list_free (toplevels);
      g_assert_nonnull (ask);
      g_assert_cmpstr (adw_message_dialog_get_heading (ask), ==, "Replace “Mijn PvE.xlsx”?");

      adw_message_dialog_response (ask, answer);
      gtk_window_destroy (GTK_WINDOW (ask));
      g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, i == 0 ? 1 : 2);
    }
}

static void
test_export_traject_details (Fixture      *f,
                             gconstpointer data)
{
  GList *toplevels;
  gboolean found = FALSE;

  g_assert_true (gtk_widget_activate_action (f->page, "export.traject-details", NULL));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TAFEL_IS_TRAJECT_DIALOG (l->data))
      {
        found = TRUE;
        g_assert_true (gtk_window_get_transient_for (l->data) == f->window);
        g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (tafel_traject_dialog_get_traject (l->data))), ==, f->traject_id);
      }
  g_list_free (toplevels);
  g_assert_true (found);
}

static GPtrArray *
list_logs (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *logs = tafel_store_list (f->store, TAFEL_TYPE_EXPORTLOG, f->traject_id, &error);

  g_assert_no_error (error);
  return logs;
}

static char *
next_version (Fixture  *f,
              gboolean  final)
{
  g_autoptr(GError) error = NULL;
  char *next = tafel_export_pve_next_version (f->store, f->traject_id, final, &error);

  g_assert_no_error (error);
  return next;
}

static const char *
version_text (Fixture *f)
{
  return gtk_editable_get_text (GTK_EDITABLE (tafel_export_page_get_option (export_page (f), "version")));
}

static GtkSwitch *
option_switch (Fixture    *f,
               const char *name)
{
  return GTK_SWITCH (tafel_export_page_get_option (export_page (f), name));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

/* The version is proposed, follows "Final" until typed over, and goes with
 * the options into the log; "Earlier Exports" shows the new row. */
static void
test_export_options (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "PvE opties.xlsx", NULL);
  g_autofree char *concept = next_version (f, FALSE);
  g_autofree char *definitief = next_version (f, TRUE);
  g_autoptr(GPtrArray) logs = NULL;
  g_autoptr(GError) error = NULL;
  TafelExportlog *log;

  g_assert_cmpuint (tafel_export_page_get_n_logged (export_page (f)), ==, 0);
  g_assert_cmpstr (version_text (f), ==, concept);
  gtk_switch_set_active (option_switch (f, "final"), TRUE);
  g_assert_cmpstr (version_text (f), ==, definitief);
  gtk_switch_set_active (option_switch (f, "final"), FALSE);
  g_assert_cmpstr (version_text (f), ==, concept);

  /* Typed over: kept when "Final" changes. */
  gtk_editable_set_text (GTK_EDITABLE (tafel_export_page_get_option (export_page (f), "version")), "concept 0.3");
  gtk_switch_set_active (option_switch (f, "final"), TRUE);
  gtk_switch_set_active (option_switch (f, "final"), FALSE);
  g_assert_cmpstr (version_text (f), ==, "concept 0.3");

  gtk_switch_set_active (option_switch (f, "anonymise"), TRUE);
  gtk_switch_set_active (option_switch (f, "omit-deelnemers"), TRUE);
  g_assert_true (tafel_export_page_export_to (export_page (f), path, &error));
  g_assert_no_error (error);

  logs = list_logs (f);
  g_assert_cmpuint (logs->len, ==, 1);
  log = g_ptr_array_index (logs, 0);
  g_assert_cmpstr (tafel_exportlog_get_versie (log), ==, "concept 0.3");
  g_assert_false (tafel_exportlog_is_definitief (log));
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (log), "opties"), ==, "anonymise,no-participants");
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (log), "bestand"), ==, path);
  g_assert_cmpuint (strlen (tafel_entity_get_string (TAFEL_ENTITY (log), "sha256")), ==, 64);

  /* Listed at once, with what the options were; the next number proposed. */
  g_assert_cmpuint (tafel_export_page_get_n_logged (export_page (f)), ==, 1);
  g_assert_true (has_text (f->page, "concept 0.3"));
  g_assert_true (has_text (f->page, "organisations anonymised, without Deelnemers"));
  g_assert_true (has_text (f->page, "PvE opties.xlsx"));
  g_assert_cmpstr (version_text (f), !=, "concept 0.3");
  g_assert_cmpstr (version_text (f), !=, "");

  /* The defaults: everything in, and listed above the first. */
  gtk_switch_set_active (option_switch (f, "anonymise"), FALSE);
  gtk_switch_set_active (option_switch (f, "omit-deelnemers"), FALSE);
  g_assert_true (tafel_export_page_export_to (export_page (f), path, &error));
  g_clear_pointer (&logs, g_ptr_array_unref);
  logs = list_logs (f);
  g_assert_cmpuint (logs->len, ==, 2);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (g_ptr_array_index (logs, 1)), "opties"), ==, "");
  g_assert_cmpuint (tafel_export_page_get_n_logged (export_page (f)), ==, 2);
  g_assert_true (has_text (f->page, "all sheets"));
}

/* "Final" with open findings lists them and asks; Cancel writes nothing,
 * "Export as Final Anyway" goes on to the file chooser. */
static void
test_export_final_confirm (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GPtrArray) findings = tafel_controle_run (f->store, f->traject_id, NULL);
  g_autoptr(GPtrArray) logs = NULL;
  AdwMessageDialog *dialog;
  GtkFileChooser *chooser;

  g_assert_nonnull (findings);
  g_assert_cmpuint (findings->len, >, 0);

  /* Not final: straight to the file chooser. */
  g_assert_true (gtk_widget_activate_action (f->page, "export.export-pve", NULL));
  g_assert_null (find_message_dialog ());
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  settle ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  iterate ();

  gtk_switch_set_active (option_switch (f, "final"), TRUE);
  g_assert_true (gtk_widget_activate_action (f->page, "export.export-pve", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export as Final With Open Findings?");
  g_assert_true (has_text (adw_message_dialog_get_extra_child (dialog),
                           ((TafelBevinding *) g_ptr_array_index (findings, 0))->melding));
  g_assert_null (find_file_chooser ());

  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_null (find_file_chooser ());
  g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, 0);
  logs = list_logs (f);
  g_assert_cmpuint (logs->len, ==, 0);

  g_assert_true (gtk_widget_activate_action (f->page, "export.export-pve", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "export");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  settle ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  iterate ();
  g_assert_cmpuint (tafel_export_page_get_n_exports (export_page (f)), ==, 0);
}

static void
test_export_findings_text (void)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_bevinding_free);
  g_autofree char *few = NULL;
  g_autofree char *many = NULL;
  g_autofree char *described = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 2; i++)
    {
      TafelBevinding *b = g_new0 (TafelBevinding, 1);

      b->soort = "open";
      b->melding = g_strdup_printf ("Bevinding %u", i + 1);
      g_ptr_array_add (findings, b);
    }
  few = tafel_export_findings_text (findings);
  g_assert_cmpstr (few, ==, "• Bevinding 1\n• Bevinding 2");

  for (guint i = 2; i < TAFEL_EXPORT_MAX_FINDINGS + 5; i++)
    {
      TafelBevinding *b = g_new0 (TafelBevinding, 1);

      b->soort = "open";
      b->melding = g_strdup_printf ("Bevinding %u", i + 1);
      g_ptr_array_add (findings, b);
    }
  many = tafel_export_findings_text (findings);
  lines = g_strsplit (many, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, TAFEL_EXPORT_MAX_FINDINGS + 1);
  g_assert_cmpstr (lines[TAFEL_EXPORT_MAX_FINDINGS - 1], ==, "• Bevinding 15");
  g_assert_cmpstr (lines[TAFEL_EXPORT_MAX_FINDINGS], ==, "and 5 more");

  described = tafel_export_log_describe ("anonymise");
  g_assert_cmpstr (described, ==, "organisations anonymised");
}

static void
test_export_no_model (void)
{
  GtkWidget *page = g_object_ref_sink (tafel_export_page_new ());
  g_autoptr(GError) error = NULL;

  g_assert_false (tafel_export_page_export_to (TAFEL_EXPORT_PAGE (page), "/tmp/nergens.xlsx", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT);
  g_assert_cmpuint (tafel_export_page_get_n_exports (TAFEL_EXPORT_PAGE (page)), ==, 0);
  g_assert_cmpstr (tafel_export_page_get_shown (TAFEL_EXPORT_PAGE (page), "deelproducten"), ==, "0");
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define DP(path, func) g_test_add (path, Fixture, NULL, deelproducten_setup, func, fixture_teardown)
#define EX(path, func) g_test_add (path, Fixture, NULL, export_setup, func, fixture_teardown)
  DP ("/deelproducten/list", test_list);
  DP ("/deelproducten/productcode", test_productcode);
  DP ("/deelproducten/text-aspect", test_text_aspect);
  DP ("/deelproducten/text-too-long", test_text_too_long);
  DP ("/deelproducten/max-duur-frequentie", test_max_duur_frequentie);
  DP ("/deelproducten/choices", test_choices);
  DP ("/deelproducten/move", test_move);
  DP ("/deelproducten/add", test_add);
  DP ("/deelproducten/delete-undo", test_delete_undo);
  DP ("/deelproducten/names", test_names);
  DP ("/deelproducten/groups-dialog", test_groups_dialog);
  DP ("/deelproducten/model-switch", test_page_model_switch);
  EX ("/export/counts", test_export_counts);
  EX ("/export/refused", test_export_refused);
  EX ("/export/written", test_export_written);
  EX ("/export/chooser", test_export_chooser);
  EX ("/export/traject-details", test_export_traject_details);
  EX ("/export/options", test_export_options);
  EX ("/export/final-confirm", test_export_final_confirm);
  g_test_add_func ("/export/findings-text", test_export_findings_text);
  g_test_add_func ("/export/file-names", test_export_file_names);
  g_test_add_func ("/export/no-model", test_export_no_model);
#undef DP
#undef EX

  return g_test_run ();
}
