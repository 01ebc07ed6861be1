{{- define "portal.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "portal.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "portal.selectorLabels" -}}
app.kubernetes.io/name: {{ include "portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The portal's own pods, apart from an in-cluster PostgreSQL of the same release. */}}
{{- define "portal.backendSelectorLabels" -}}
{{ include "portal.selectorLabels" . }}
app.kubernetes.io/component: backend
{{- end -}}

{{- define "portal.labels" -}}
{{ include "portal.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "portal.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "portal.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Secret with the environment variables: the existing one, or the one External Secrets fills. */}}
{{- define "portal.secretName" -}}
{{- if .Values.secrets.externalSecrets.enabled -}}
{{- printf "%s-env" (include "portal.fullname" .) -}}
{{- else -}}
{{- .Values.secrets.existingSecret -}}
{{- end -}}
{{- end -}}

{{- define "portal.databaseHost" -}}
{{- if .Values.postgresql.inCluster -}}
{{- printf "%s-postgresql" (include "portal.fullname" .) -}}
{{- else -}}
{{- .Values.database.host -}}
{{- end -}}
{{- end -}}

{{/*
Checks across values that the schema cannot express: pods must outlive the load balancer's
deregistration delay, or requests in flight are cut; more than one replica needs a TechDocs
publisher they share.
*/}}
{{- define "portal.validate" -}}
{{- $delay := int .Values.ingress.deregistrationDelaySeconds -}}
{{- if le (int .Values.terminationGracePeriodSeconds) (add $delay 10 | int) -}}
{{- fail (printf "terminationGracePeriodSeconds (%d) must be more than ingress.deregistrationDelaySeconds (%d) + 10: pods would be killed while the load balancer still sends them requests" (int .Values.terminationGracePeriodSeconds) $delay) -}}
{{- end -}}
{{- if and .Values.autoscaling.enabled (lt (int .Values.autoscaling.maxReplicas) (int .Values.autoscaling.minReplicas)) -}}
{{- fail "autoscaling.maxReplicas must be at least autoscaling.minReplicas" -}}
{{- end -}}
{{- $replicas := ternary (int .Values.autoscaling.maxReplicas) (int .Values.replicaCount) .Values.autoscaling.enabled -}}
{{- if and (gt $replicas 1) (eq .Values.techdocs.publisher.type "local") -}}
{{- fail (printf "techdocs.publisher.type local keeps built docs in each pod's own /tmp, and %d replicas would each serve only what they built: use awsS3 (a bucket all replicas share), or one replica" $replicas) -}}
{{- end -}}
{{- end -}}
