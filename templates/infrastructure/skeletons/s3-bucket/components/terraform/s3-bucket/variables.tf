variable "namespace" {
  description = "The organisation's short name, first part of every stack and bucket name."
  type        = string
}

variable "environment" {
  description = "The Atmos environment: here the AWS region, as in the stack name namespace-stage-environment."
  type        = string
}

variable "name" {
  description = "The bucket's name within the platform; the S3 name adds the stage and region."
  type        = string
  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{1,40}[a-z0-9]$", var.name))
    error_message = "name must be 3 to 42 lower-case letters, digits and dashes."
  }
}

variable "stage" {
  description = "dev, staging or prod."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.stage)
    error_message = "stage must be dev, staging or prod."
  }
}

variable "region" {
  description = "The AWS region of the bucket."
  type        = string
}

variable "owner" {
  description = "The catalog group that owns the bucket, e.g. group:default/payments-team."
  type        = string
}

variable "system" {
  description = "The catalog system the bucket belongs to."
  type        = string
}

variable "versioning_enabled" {
  description = "Keep earlier versions of every object."
  type        = bool
  default     = true
}

variable "noncurrent_version_expiration_days" {
  description = "Days after which earlier versions are deleted."
  type        = number
  default     = 90
}

variable "reader_role_arns" {
  description = "IAM roles that may read objects."
  type        = list(string)
  default     = []
}

variable "writer_role_arns" {
  description = "IAM roles that may read and write objects."
  type        = list(string)
  default     = []
}
