/* payday-badges-json.c — the summary's "badges" array (docs/exports.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-badges.h"

/**
 * payday_badges_to_json:
 * @report: a report
 *
 * The summary's `badges` array (docs/exports.md): for each badge `id`, `eligible`,
 * `projected_on` (a date or null) and `criteria`, each with `id`, `met`, `value` and
 * `threshold`.
 *
 * Returns: (transfer full): a JSON array node
 */
JsonNode *
payday_badges_to_json (const PaydayBadgeReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < report->badges->len; i++)
    {
      const PaydayBadge *badge = &g_array_index (report->badges, PaydayBadge, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, badge->id);
      json_builder_set_member_name (builder, "eligible");
      json_builder_add_boolean_value (builder, badge->eligible);
      json_builder_set_member_name (builder, "projected_on");
      if (payday_date_is_set (badge->projected_on))
        {
          char buf[PAYDAY_DATE_BUF];

          json_builder_add_string_value (builder, payday_date_format (badge->projected_on, buf));
        }
      else
        {
          json_builder_add_null_value (builder);
        }

      json_builder_set_member_name (builder, "criteria");
      json_builder_begin_array (builder);
      for (guint j = 0; j < badge->criteria->len; j++)
        {
          const PaydayBadgeCriterion *row = &g_array_index (badge->criteria,
                                                            PaydayBadgeCriterion, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, row->id);
          json_builder_set_member_name (builder, "met");
          json_builder_add_boolean_value (builder, row->met);
          json_builder_set_member_name (builder, "value");
          json_builder_add_int_value (builder, row->value);
          json_builder_set_member_name (builder, "threshold");
          json_builder_add_int_value (builder, row->threshold);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}
