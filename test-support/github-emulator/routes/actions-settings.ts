import { type Handler, json, noContent } from '../http.js';

/**
 * Settings → Actions → General → Workflow permissions. `can_approve_pull_request_reviews` is the
 * API's name for "Allow GitHub Actions to create and approve pull requests"; both routes need
 * the Administration permission, which `GITHUB_TOKEN` never has.
 */
const getDefaultWorkflowPermissions: Handler = (ctx) =>
  json(200, {
    default_workflow_permissions: ctx.repo.defaultWorkflowPermissions,
    can_approve_pull_request_reviews: ctx.repo.actionsCanCreatePullRequests,
  });

const setDefaultWorkflowPermissions: Handler = (ctx) => {
  const body = ctx.body as {
    default_workflow_permissions?: 'read' | 'write';
    can_approve_pull_request_reviews?: boolean;
  };
  if (body.default_workflow_permissions !== undefined) {
    ctx.repo.defaultWorkflowPermissions = body.default_workflow_permissions;
  }
  if (body.can_approve_pull_request_reviews !== undefined) {
    ctx.repo.actionsCanCreatePullRequests = body.can_approve_pull_request_reviews;
  }
  return noContent();
};

export const actionsSettingsRoutes: Record<string, Handler> = {
  'actions/get-github-actions-default-workflow-permissions-repository': getDefaultWorkflowPermissions,
  'actions/set-github-actions-default-workflow-permissions-repository': setDefaultWorkflowPermissions,
};
